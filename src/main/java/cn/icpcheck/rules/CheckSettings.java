package cn.icpcheck.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The operator's thresholds and switches (jobs/nightly-compliance.yml).
 *
 * @param domainWarningDays        DOMAIN_EXPIRING_SOON warns this many days before min_days
 * @param idWarningDays            ID_EXPIRING warns this many days before a certificate expires
 * @param orderOverdueWorkingDays  an in-progress order older than this many working days is overdue
 * @param defaultMinDomainDays     min_days of a province that gives none
 */
public record CheckSettings(int domainWarningDays, int idWarningDays, int orderOverdueWorkingDays,
                            int defaultMinDomainDays, Map<RuleCode, Severity> severities,
                            Set<RuleCode> disabled) {

    public CheckSettings {
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    /** The rules.md defaults: 30, 60, 20 and 90 days, default severities, every rule on. */
    public static CheckSettings defaults() {
        return new CheckSettings(30, 60, 20, 90, Map.of(), Set.of());
    }

    public Severity severityOf(RuleCode rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    public boolean enabled(RuleCode rule) {
        return !disabled.contains(rule);
    }
}
