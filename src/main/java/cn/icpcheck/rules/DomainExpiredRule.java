package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

/** DOMAIN_EXPIRED: the domain's registration has run out ({@code days_left(expires_on) < 0}). */
@Component
public class DomainExpiredRule implements Rule.OfRegisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_EXPIRED;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        long daysLeft = ctx.daysLeft(r.expiresOn());
        if (daysLeft < 0) {
            d.flag(code(), ctx).deadline(r.expiresOn())
                    .report(null, r.expiresOn(), -daysLeft);
        }
    }
}
