package cn.icpcheck.rules;

import org.springframework.stereotype.Component;

/** ID_EXPIRED: a principal's certificate expired before the run date. */
@Component
public class IdExpiredRule implements Rule.OfIdentity {

    @Override
    public RuleCode code() {
        return RuleCode.ID_EXPIRED;
    }

    @Override
    public void check(Party party, RuleContext ctx) {
        if (party.certExpiry() != null && party.certExpiry().isBefore(ctx.runDate())) {
            party.flag(code(), ctx)
                    .deadline(party.certExpiry())
                    .report(null, ctx.label(party.role()), party.certExpiry());
        }
    }
}
