package cn.icpcheck.report;

import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.ImportOutcome;
import cn.icpcheck.triage.ImportResult;
import cn.icpcheck.triage.InboxFile;
import cn.icpcheck.triage.TriageStatus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figures of a run, as summary.json and the workbook's summary sheet show them. */
public record RunSummary(String runDate, String status, Map<ExportFile, InputCount> inputs,
                         List<SkippedRule> skippedRules, int totalFindings, Map<RuleCode, Integer> byRule,
                         Map<Severity, Integer> bySeverity, Map<Family, Integer> byFamily,
                         int totalRejects, Trend trend, TriageCounts triage, long durationMs) {

    /**
     * The staff's decisions in this run (triage.md): the files and rows the inbox import took, tonight's
     * findings by the status they show, and the waivers that expire within 7 days of the run date.
     */
    public record TriageCounts(long filesImported, long filesRefused, long applied, long conflict, long rejected,
                               Map<TriageStatus, Integer> byStatus, int waiversExpiring7d) {

        static TriageCounts of(CheckedRun run) {
            ImportResult imported = run.triageImport();
            Map<TriageStatus, Integer> byStatus = new EnumMap<>(TriageStatus.class);
            for (TriageStatus s : TriageStatus.values()) {
                byStatus.put(s, 0);
            }
            int expiring = 0;
            LocalDate soon = run.runDate().plusDays(EXPIRING_DAYS);
            for (FindingTriage t : run.triage()) {
                byStatus.merge(t.decision().status(), 1, Integer::sum);
                if (t.waived() && t.decision().reviewBy() != null && !t.decision().reviewBy().isAfter(soon)) {
                    expiring++;
                }
            }
            return new TriageCounts(imported.files(InboxFile.IMPORTED) + imported.files(InboxFile.DUPLICATE),
                    imported.files(InboxFile.REFUSED), imported.rows(ImportOutcome.Outcome.APPLIED),
                    imported.rows(ImportOutcome.Outcome.CONFLICT), imported.rows(ImportOutcome.Outcome.REJECTED),
                    byStatus, expiring);
        }
    }

    /** Waivers whose review-by date is at most this many days after the run date are expiring. */
    public static final int EXPIRING_DAYS = 7;

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
                findings.size(), byRule, bySeverity, byFamily, run.rejects().size(), run.trend(), TriageCounts.of(run),
                durationMs);
    }
}
