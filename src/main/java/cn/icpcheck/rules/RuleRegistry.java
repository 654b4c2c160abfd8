package cn.icpcheck.rules;

import cn.icpcheck.input.ExportFile;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every rule of the application, one per {@link RuleCode}, and which of them a run applies. */
@Component
public class RuleRegistry {

    private final Map<RuleCode, Rule> byCode = new EnumMap<>(RuleCode.class);

    public RuleRegistry(List<Rule> rules) {
        for (Rule rule : rules) {
            if (byCode.put(rule.code(), rule) != null) {
                throw new IllegalStateException("two rules decide " + rule.code());
            }
        }
        for (RuleCode code : RuleCode.values()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalStateException("no rule decides " + code);
            }
        }
    }

    public Rule rule(RuleCode code) {
        return byCode.get(code);
    }

    /** The rules a run applies: switched on, and with their optional input present. */
    public RuleSet select(CheckSettings settings, Set<ExportFile> presentFiles) {
        List<Rule> active = new ArrayList<>();
        List<SkippedRule> skipped = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            if (!settings.enabled(code)) {
                skipped.add(new SkippedRule(code, null));
            } else if (code.requires() != null && !presentFiles.contains(code.requires())) {
                skipped.add(new SkippedRule(code, code.requires()));
            } else {
                active.add(byCode.get(code));
            }
        }
        return new RuleSet(active, skipped);
    }
}
