package cn.icpcheck.report;

import cn.icpcheck.history.Night;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.RejectedRow;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.FindingTriage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What compliance-report.xlsx shows of a run.
 *
 * @param inputs   per export file: whether it was given, rows read, rows rejected
 * @param findings every finding, in the order of findings.csv
 * @param triage   per finding, at the same index: its id and the staff's decision
 * @param trend    this run against the last completed run
 * @param nights   the completed nights before this run, the earliest first (at most 29: with this run, 30)
 */
public record WorkbookContent(LocalDate runDate, Map<ExportFile, RunSummary.InputCount> inputs,
                              List<SkippedRule> skippedRules, List<Finding> findings, List<FindingTriage> triage,
                              Trend trend, List<RejectedRow> rejects, List<Night> nights) {

    public WorkbookContent(LocalDate runDate, Map<ExportFile, RunSummary.InputCount> inputs,
                           List<SkippedRule> skippedRules, List<Finding> findings, List<FindingTriage> triage,
                           Trend trend, List<RejectedRow> rejects) {
        this(runDate, inputs, skippedRules, findings, triage, trend, rejects, List.of());
    }
}
