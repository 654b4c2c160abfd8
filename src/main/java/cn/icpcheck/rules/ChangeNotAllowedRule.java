package cn.icpcheck.rules;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.HolderChangePolicy;
import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.OrderLine;
import cn.icpcheck.filing.Province;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * CHANGE_NOT_ALLOWED: an in-progress order asks for what the rules forbid: a new or modified domain
 * on a filed website, another province, or a new holder name the province does not allow
 * (provinces.md: individual_holder_change, org_holder_change). Each (order, field) is flagged once.
 */
@Component
public class ChangeNotAllowedRule implements Rule.OfOrder {

    @Override
    public RuleCode code() {
        return RuleCode.CHANGE_NOT_ALLOWED;
    }

    @Override
    public void check(FilingOrder order, SubjectSummary subject, RuleContext ctx) {
        if (!order.inProgress()) {
            return;
        }
        Set<ChangedField> flagged = EnumSet.noneOf(ChangedField.class);
        for (OrderLine line : order.lines()) {
            ChangedField field = line.changedField();
            if (field == null || flagged.contains(field)) {
                continue;
            }
            String variant = switch (field) {
                case DOMAIN_ADD, DOMAIN_MODIFY, PROVINCE -> field.code();
                case HOLDER_NAME -> holderChangeRefusal(order, subject);
                default -> null;
            };
            if (variant != null) {
                flagged.add(field);
                ctx.flag(code(), subject).serviceNo(order.serviceNo()).object(order.orderId() + "/" + field.code())
                        .report(variant, order.orderId(), ctx.name(subject.province()),
                                line.newValue() == null ? "" : line.newValue());
            }
        }
    }

    /** Why the province refuses this holder change (the detail's variant), or null when it allows it. */
    private static String holderChangeRefusal(FilingOrder order, SubjectSummary subject) {
        Province p = subject.province();
        if (subject.holderType() == HolderType.INDIVIDUAL) {
            return p.individualHolderChange() == HolderChangePolicy.NO ? "holder_name.individual" : null;
        }
        if (p.orgHolderChange() == HolderChangePolicy.NO) {
            return "holder_name.organisation";
        }
        if (p.orgHolderChange() == HolderChangePolicy.RENAME && order.changes(ChangedField.HOLDER_CERT_NO)) {
            return "holder_name.rename_only";
        }
        return null;
    }
}
