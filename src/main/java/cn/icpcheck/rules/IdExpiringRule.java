package cn.icpcheck.rules;

import org.springframework.stereotype.Component;

/** ID_EXPIRING: a principal's certificate expires within id_warning_days (default 60) of the run date. */
@Component
public class IdExpiringRule implements Rule.OfIdentity {

    @Override
    public RuleCode code() {
        return RuleCode.ID_EXPIRING;
    }

    @Override
    public void check(Party party, RuleContext ctx) {
        if (party.certExpiry() == null) {
            return;
        }
        long daysLeft = ctx.daysLeft(party.certExpiry());
        if (daysLeft >= 0 && daysLeft < ctx.settings().idWarningDays()) {
            party.flag(code(), ctx)
                    .deadline(party.certExpiry())
                    .report(null, ctx.label(party.role()), party.certExpiry(), daysLeft);
        }
    }
}
