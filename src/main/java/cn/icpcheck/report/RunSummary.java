package cn.icpcheck.report;

import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figures of a run, as summary.json and the workbook's summary sheet show them. */
public record RunSummary(String runDate, String status, Map<ExportFile, InputCount> inputs,
                         List<SkippedRule> skippedRules, int totalFindings, Map<RuleCode, Integer> byRule,
                         Map<Severity, Integer> bySeverity, Map<Family, Integer> byFamily,
                         int totalRejects, Trend trend, long durationMs) {

    /** One export file: whether it was given, data rows read (blank lines aside), rows rejected. */
    public record InputCount(boolean present, long read, int rejected) {
    }

    public static RunSummary of(CheckedRun run, long durationMs) {
        List<Finding> findings = run.findings();
        Map<RuleCode, Integer> byRule = new EnumMap<>(RuleCode.class);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Family, Integer> byFamily = new EnumMap<>(Family.class);
        for (RuleCode r : RuleCode.values()) {
            byRule.put(r, 0);
        }
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        for (Finding f : findings) {
            byRule.merge(f.rule(), 1, Integer::sum);
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byFamily.merge(f.family(), 1, Integer::sum);
        }
        return new RunSummary(run.runDate().toString(), "COMPLETED", run.inputs(), run.skippedRules(),
                findings.size(), byRule, bySeverity, byFamily, run.rejects().size(), run.trend(), durationMs);
    }
}
