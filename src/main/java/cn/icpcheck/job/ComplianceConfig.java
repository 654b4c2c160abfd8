package cn.icpcheck.job;

import cn.icpcheck.rules.CheckSettings;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.WaiverPolicy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads jobs/nightly-compliance.yml: the thresholds, and per rule its severity and whether it is
 * switched on. Anything it does not know is a usage error, so that a typo never goes unnoticed.
 */
public final class ComplianceConfig {

    private ComplianceConfig() {
    }

    public static CheckSettings load(Path file) {
        Map<?, ?> root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            root = loaded == null ? Map.of() : (Map<?, ?>) loaded;
        } catch (IOException e) {
            throw new UsageException("cannot read the job configuration " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UsageException("the job configuration " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        CheckSettings defaults = CheckSettings.defaults();
        Map<?, ?> thresholds = section(root, "thresholds", file);
        Map<RuleCode, Severity> severities = new EnumMap<>(RuleCode.class);
        Set<RuleCode> disabled = EnumSet.noneOf(RuleCode.class);
        for (Map.Entry<?, ?> e : section(root, "rules", file).entrySet()) {
            RuleCode rule = parse(RuleCode.class, e.getKey(), file, "rule");
            Map<?, ?> settings = e.getValue() instanceof Map<?, ?> m ? m : Map.of();
            for (Map.Entry<?, ?> s : settings.entrySet()) {
                switch (String.valueOf(s.getKey())) {
                    case "severity" -> severities.put(rule, parse(Severity.class, s.getValue(), file, "severity"));
                    case "enabled" -> {
                        if (!Boolean.parseBoolean(String.valueOf(s.getValue()))) {
                            disabled.add(rule);
                        }
                    }
                    default -> throw new UsageException(file + ": rule " + rule + " has an unknown setting '" + s.getKey() + "'");
                }
            }
        }
        for (Object key : root.keySet()) {
            if (!"thresholds".equals(key) && !"rules".equals(key)) {
                throw new UsageException(file + ": unknown section '" + key + "'");
            }
        }
        return new CheckSettings(
                days(thresholds, "domain-warning-days", defaults.domainWarningDays(), file),
                days(thresholds, "id-warning-days", defaults.idWarningDays(), file),
                days(thresholds, "order-overdue-working-days", defaults.orderOverdueWorkingDays(), file),
                days(thresholds, "default-min-domain-days", defaults.defaultMinDomainDays(), file),
                severities, disabled);
    }

    /**
     * How long waivers last: {@code thresholds.waiver-days} (default 90) and {@code thresholds.waiver-max-days}
     * (default 365) of the same file.
     */
    public static WaiverPolicy waivers(Path file) {
        load(file);
        Map<?, ?> root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            root = loaded == null ? Map.of() : (Map<?, ?>) loaded;
        } catch (IOException e) {
            throw new UsageException("cannot read the job configuration " + file + ": " + e.getMessage(), e);
        }
        Map<?, ?> thresholds = section(root, "thresholds", file);
        return new WaiverPolicy(days(thresholds, "waiver-days", WaiverPolicy.DEFAULT.days(), file),
                days(thresholds, "waiver-max-days", WaiverPolicy.DEFAULT.maxDays(), file));
    }

    private static Map<?, ?> section(Map<?, ?> root, String name, Path file) {
        Object value = root.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new UsageException(file + ": '" + name + "' must be a mapping");
        }
        return map;
    }

    private static int days(Map<?, ?> thresholds, String key, int fallback, Path file) {
        Object value = thresholds.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer n && n >= 0) {
            return n;
        }
        throw new UsageException(file + ": thresholds." + key + " must be a whole number ≥ 0, not '" + value + "'");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value, Path file, String what) {
        try {
            return Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": unknown " + what + " '" + value + "'");
        }
    }
}
