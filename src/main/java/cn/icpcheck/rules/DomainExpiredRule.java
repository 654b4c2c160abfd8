package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

/** DOMAIN_EXPIRED: the domain's registration has run out ({@code days_left(expires_on) < 0}). */
@Component
public class DomainExpiredRule implements Rule.OfWebsiteDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_EXPIRED;
    }

    @Override
    public void check(WebsiteDomain d, RuleContext ctx) {
        RegisteredDomain r = d.registration();
        if (r == null) {
            return;
        }
        long daysLeft = ctx.daysLeft(r.expiresOn());
        if (daysLeft < 0) {
            ctx.flag(code(), d.subject()).service(d.website()).object(d.name()).deadline(r.expiresOn())
                    .report(null, r.expiresOn(), -daysLeft);
        }
    }
}
