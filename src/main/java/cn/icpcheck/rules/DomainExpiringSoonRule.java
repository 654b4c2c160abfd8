package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * DOMAIN_EXPIRING_SOON: the domain will soon fall below the province's minimum validity
 * ({@code min_days(P) ≤ days_left < min_days(P) + domain_warning_days}); the deadline is the day it does.
 */
@Component
public class DomainExpiringSoonRule implements Rule.OfRegisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_EXPIRING_SOON;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        long daysLeft = ctx.daysLeft(r.expiresOn());
        int minDays = ctx.minDomainDays(d.subject().province());
        if (daysLeft >= minDays && daysLeft < minDays + ctx.settings().domainWarningDays()) {
            LocalDate renewBy = r.expiresOn().minusDays(minDays);
            d.flag(code(), ctx).deadline(renewBy)
                    .report(null, r.expiresOn(), daysLeft, ctx.name(d.subject().province()), minDays, renewBy);
        }
    }
}
