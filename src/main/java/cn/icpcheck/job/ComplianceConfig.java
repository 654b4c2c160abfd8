package cn.icpcheck.job;

import cn.icpcheck.rules.CheckSettings;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.WaiverPolicy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads jobs/nightly-compliance.yml: the thresholds, and per rule its severity and whether it is
 * switched on. The file is read strictly, from SnakeYAML's node tree (so that every error can name
 * its line): an unknown key, a misspelt rule code, an {@code enabled} other than {@code true} or
 * {@code false}, a threshold that is not a whole number, an unknown severity or a key given twice is
 * a usage error naming the file, the line and the key, so that a typo never silently changes a check.
 */
public final class ComplianceConfig {

    private static final List<String> THRESHOLDS = List.of("domain-warning-days", "id-warning-days",
            "order-overdue-working-days", "default-min-domain-days", "waiver-days", "waiver-max-days");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final Path file;
    /** The thresholds the file gives. */
    private final Map<String, Integer> days = new LinkedHashMap<>();

    private ComplianceConfig(Path file) {
        this.file = file;
    }

    public static CheckSettings load(Path file) {
        return new ComplianceConfig(file).settings(compose(file));
    }

    /**
     * How long waivers last (docs/triage.md): {@code thresholds.waiver-days} (default 90) and
     * {@code thresholds.waiver-max-days} (default 365), the file read as strictly as by {@link #load}.
     */
    public static WaiverPolicy waivers(Path file) {
        ComplianceConfig config = new ComplianceConfig(file);
        config.settings(compose(file));
        return new WaiverPolicy(config.days.getOrDefault("waiver-days", WaiverPolicy.DEFAULT.days()),
                config.days.getOrDefault("waiver-max-days", WaiverPolicy.DEFAULT.maxDays()));
    }

    private static Node compose(Path file) {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (IOException e) {
            throw new UsageException("cannot read the job configuration " + file + ": " + e.getMessage(), e);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new UsageException(file + ", line " + line + ": not valid YAML: " + e.getProblem(), e);
        } catch (RuntimeException e) {
            throw new UsageException("the job configuration " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        return root;
    }

    private CheckSettings settings(Node root) {
        CheckSettings defaults = CheckSettings.defaults();
        Map<RuleCode, Severity> severities = new EnumMap<>(RuleCode.class);
        Set<RuleCode> disabled = EnumSet.noneOf(RuleCode.class);
        if (root != null) {
            for (NodeTuple section : mapping(root, "the top level")) {
                String name = key(section);
                switch (name) {
                    case "thresholds" -> {
                        for (NodeTuple t : mapping(section.getValueNode(), "thresholds")) {
                            String key = key(t);
                            if (!THRESHOLDS.contains(key)) {
                                throw error(t.getKeyNode(), "unknown key 'thresholds." + key + "' (known: "
                                        + String.join(", ", THRESHOLDS) + ")");
                            }
                            days.put(key, wholeNumber(t.getValueNode(), "thresholds." + key));
                        }
                    }
                    case "rules" -> {
                        for (NodeTuple r : mapping(section.getValueNode(), "rules")) {
                            RuleCode rule = ruleCode(r.getKeyNode());
                            rule(rule, r.getValueNode(), severities, disabled);
                        }
                    }
                    default -> throw error(section.getKeyNode(), "unknown key '" + name
                            + "' (known: thresholds, rules)");
                }
            }
        }
        return new CheckSettings(
                days.getOrDefault("domain-warning-days", defaults.domainWarningDays()),
                days.getOrDefault("id-warning-days", defaults.idWarningDays()),
                days.getOrDefault("order-overdue-working-days", defaults.orderOverdueWorkingDays()),
                days.getOrDefault("default-min-domain-days", defaults.defaultMinDomainDays()),
                severities, disabled);
    }

    private void rule(RuleCode rule, Node settings, Map<RuleCode, Severity> severities, Set<RuleCode> disabled) {
        String where = "rules." + rule.name();
        if (!(settings instanceof MappingNode)) {
            throw error(settings, "'" + where + "' must be a mapping such as { severity: HIGH, enabled: true }, not '"
                    + text(settings) + "'");
        }
        for (NodeTuple s : mapping(settings, where)) {
            String key = key(s);
            Node value = s.getValueNode();
            switch (key) {
                case "severity" -> severities.put(rule, severity(value, where + ".severity"));
                case "enabled" -> {
                    String text = scalar(value, where + ".enabled");
                    if ("false".equalsIgnoreCase(text)) {
                        disabled.add(rule);
                    } else if (!"true".equalsIgnoreCase(text)) {
                        throw error(value, "'" + where + ".enabled' must be true or false, not '" + text + "'");
                    }
                }
                default -> throw error(s.getKeyNode(), "unknown key '" + where + "." + key
                        + "' (known: severity, enabled)");
            }
        }
    }

    private RuleCode ruleCode(Node key) {
        String code = scalar(key, "a rule code");
        try {
            return RuleCode.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(key, "unknown rule code 'rules." + code + "'");
        }
    }

    private Severity severity(Node value, String where) {
        String text = scalar(value, where);
        try {
            return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(value, "unknown severity '" + text + "' for '" + where
                    + "' (known: CRITICAL, HIGH, MEDIUM, LOW, INFO)");
        }
    }

    private int wholeNumber(Node value, String where) {
        String text = scalar(value, where);
        if (!WHOLE_NUMBER.matcher(text.trim()).matches()) {
            throw error(value, "'" + where + "' must be a whole number ≥ 0, not '" + text + "'");
        }
        return Integer.parseInt(text.trim());
    }

    /** The entries of a mapping node, each key a scalar given once. */
    private List<NodeTuple> mapping(Node node, String where) {
        if (!(node instanceof MappingNode map)) {
            throw error(node, "'" + where + "' must be a mapping, not '" + text(node) + "'");
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = key(tuple);
            if (!seen.add(key)) {
                throw error(tuple.getKeyNode(), "key '" + key + "' is given twice in " + where);
            }
        }
        return map.getValue();
    }

    private String key(NodeTuple tuple) {
        return scalar(tuple.getKeyNode(), "a key");
    }

    private String scalar(Node node, String where) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, "'" + where + "' must be a single value");
        }
        return scalar.getValue();
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : node.getNodeId().name();
    }

    private UsageException error(Node node, String message) {
        int line = node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        return new UsageException(file + ", line " + line + ": " + message);
    }
}
