package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

/**
 * DOMAIN_VALIDITY_SHORT: the domain is still registered but for fewer days than the province
 * accepts for a change filing ({@code 0 ≤ days_left < min_days(P)}).
 */
@Component
public class DomainValidityShortRule implements Rule.OfRegisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_VALIDITY_SHORT;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        long daysLeft = ctx.daysLeft(r.expiresOn());
        int minDays = ctx.minDomainDays(d.subject().province());
        if (daysLeft >= 0 && daysLeft < minDays) {
            d.flag(code(), ctx).deadline(r.expiresOn())
                    .report(null, r.expiresOn(), daysLeft, ctx.name(d.subject().province()), minDays);
        }
    }
}
