package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * DOMAIN_SUSPENDED: the registry holds the domain (clientHold, serverHold, pendingDelete or
 * redemptionPeriod, any case). A status cell listing several EPP statuses is read status by status.
 */
@Component
public class DomainSuspendedRule implements Rule.OfRegisteredDomain {

    /** The statuses that hold a domain, in lower case (all ASCII, none with a {@code k}). */
    static final List<String> SUSPENDED = List.of("clienthold", "serverhold", "pendingdelete", "redemptionperiod");

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
                if (i > start && suspended(cell, start, i)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Whether the status from {@code from} to {@code to} is one of {@link #SUSPENDED} once lower-cased
     * ({@code toLowerCase(Locale.ROOT)}), compared in place: a status with a character beyond ASCII never
     * is one, since no such character lower-cases to ASCII alone but the Kelvin sign, to {@code k}
     * ({@code İ} becomes {@code i} with a combining dot). Not {@code String.regionMatches} ignoring case:
     * it takes {@code ı} for {@code i} and {@code ſ} for {@code s}, which lower-casing keeps apart.
     */
    static boolean suspended(String cell, int from, int to) {
        for (String status : SUSPENDED) {
            if (status.length() == to - from && asciiLowerCaseEquals(cell, from, status)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiLowerCaseEquals(String cell, int from, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = cell.charAt(from + i);
            if (c != lower.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', '，', '；', '、', '|' -> true;
            default -> false;
        };
    }
}
