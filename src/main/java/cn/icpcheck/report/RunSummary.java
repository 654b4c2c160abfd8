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
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run, as summary.json and the workbook's summary sheet show them.
 *
 * @param failure  why the run failed, in a sentence; null when it completed
 * @param findings the findings' counts; null when the run failed (no half truths)
 * @param trend    the change since the last completed run; null when the run failed
 * @param triage   the staff's decisions in this run (docs/triage.md); null when the run failed
 */
public record RunSummary(String runDate, String status, String failure, About about, Map<ExportFile, InputCount> inputs,
                         List<SkippedRule> skippedRules, Counts findings, int totalRejects, Trend trend,
                         TriageCounts triage, long durationMs) {

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

    /** What ran, on what, and when (times in Asia/Shanghai). */
    public record About(String version, OffsetDateTime startedAt, OffsetDateTime finishedAt, String input) {
    }

    /**
     * One export file: whether it was given, data rows read (blank lines aside), rows rejected (each
     * line lost counted as one), lines lost to an unterminated quote, and its size and SHA-256 when
     * the run began (0 and null when absent).
     */
    public record InputCount(boolean present, long read, int rejected, int linesLost, long bytes, String sha256) {

        public InputCount(boolean present, long read, int rejected) {
            this(present, read, rejected, 0, 0, null);
        }
    }

    /** The findings by rule, severity, family and province (abbreviation). */
    public record Counts(int total, Map<RuleCode, Integer> byRule, Map<Severity, Integer> bySeverity,
                         Map<Family, Integer> byFamily, Map<String, Integer> byProvince) {

        public static Counts of(List<Finding> findings) {
            Map<RuleCode, Integer> byRule = new EnumMap<>(RuleCode.class);
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            Map<Family, Integer> byFamily = new EnumMap<>(Family.class);
            Map<String, Integer> byProvince = new TreeMap<>();
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
                byProvince.merge(f.province() == null ? "" : f.province(), 1, Integer::sum);
            }
            return new Counts(findings.size(), byRule, bySeverity, byFamily, byProvince);
        }
    }

    /** The summary of a completed run. */
    public static RunSummary of(CheckedRun run, About about, long durationMs) {
        return new RunSummary(run.runDate().toString(), "COMPLETED", null, about, run.inputs(), run.skippedRules(),
                Counts.of(run.findings()), totalRejects(run), run.trend(), TriageCounts.of(run), durationMs);
    }

    /** The summary of a run that failed: what it read, the failure, and no figures of findings. */
    public static RunSummary failed(CheckedRun run, String failure, About about, long durationMs) {
        return new RunSummary(run.runDate().toString(), "FAILED", failure, about, run.inputs(), run.skippedRules(),
                null, totalRejects(run), null, null, durationMs);
    }

    /** The rejected rows of the run, each line lost counted as one. */
    private static int totalRejects(CheckedRun run) {
        return run.inputs().values().stream().mapToInt(InputCount::rejected).sum();
    }
}
