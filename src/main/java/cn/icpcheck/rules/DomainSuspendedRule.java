package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Set;

/**
 * DOMAIN_SUSPENDED: the registry holds the domain (clientHold, serverHold, pendingDelete or
 * redemptionPeriod, any case). A status cell listing several EPP statuses is read status by status.
 */
@Component
public class DomainSuspendedRule implements Rule.OfRegisteredDomain {

    private static final Set<String> SUSPENDED = Set.of("clienthold", "serverhold", "pendingdelete", "redemptionperiod");

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_SUSPENDED;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        if (r.registryStatus() != null && anySuspended(r.registryStatus())) {
            d.flag(code(), ctx).report(null, r.registryStatus());
        }
    }

    /**
     * Whether any of the statuses in a cell holds the domain; statuses are separated by white
     * space, commas, semicolons (either width), {@code 、} or {@code |}. (Split by hand: every
     * registered domain of every website is checked.)
     */
    static boolean anySuspended(String cell) {
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || isSeparator(cell.charAt(i))) {
                if (i > start && SUSPENDED.contains(cell.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', '，', '；', '、', '|' -> true;
            default -> false;
        };
    }
}
