package cn.icpcheck.rules;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.HolderName;
import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * HOLDER_MISMATCH: the domain's registrant is not the filing's holder, so the domain must be
 * transferred (过户). The holder compared with is the new name of a pending holder change, if any.
 */
@Component
public class HolderMismatchRule implements Rule.OfRegisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.HOLDER_MISMATCH;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        Optional<FilingOrder> pending = ctx.orders().pendingHolderChange(d.subject().subjectNo());
        String target = pending.map(o -> o.newValueOf(ChangedField.HOLDER_NAME)).orElse(d.subject().holderName());
        if (HolderName.same(r.registrantName(), target)) {
            return;
        }
        var flag = d.flag(code(), ctx);
        if (pending.isPresent()) {
            flag.report("pending", r.registrantName(), target, pending.get().orderId());
        } else {
            flag.report(null, r.registrantName(), target);
        }
    }
}
