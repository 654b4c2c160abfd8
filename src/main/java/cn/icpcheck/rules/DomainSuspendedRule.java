package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DOMAIN_SUSPENDED: the registry holds the domain (clientHold, serverHold, pendingDelete or
 * redemptionPeriod, any case). A status cell listing several EPP statuses is read status by status.
 */
@Component
public class DomainSuspendedRule implements Rule.OfRegisteredDomain {

    private static final Set<String> SUSPENDED = Set.of("clienthold", "serverhold", "pendingdelete", "redemptionperiod");
    private static final Pattern BETWEEN_STATUSES = Pattern.compile("[\\s,;，；、|]+");

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_SUSPENDED;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        if (r.registryStatus() == null) {
            return;
        }
        for (String status : BETWEEN_STATUSES.split(r.registryStatus())) {
            if (SUSPENDED.contains(status.toLowerCase(Locale.ROOT))) {
                d.flag(code(), ctx).report(null, r.registryStatus());
                return;
            }
        }
    }
}
