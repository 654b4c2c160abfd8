package cn.icpcheck.report;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.SubjectIndex;
import cn.icpcheck.history.Night;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.RejectedRow;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.ImportResult;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of a run's checks, as the reports need it: handed to them by the job, so that no
 * report reaches into the job's state.
 *
 * @param reportDir    {@code OUTPUT/<run-date>/}
 * @param inputs       per export file: whether it was given, data rows read, rows rejected
 * @param skippedRules the rules that did not run, and why
 * @param findings     every finding, in the order of findings.csv
 * @param rejects      every rejected input row, by file then line
 * @param trend        this run against the last completed run
 * @param triage       per finding, at the same index: its id and the staff's decision on it
 * @param triageImport what the run date's import of the staff's files took and did
 * @param nights       the completed nights before this run for the morning view, the earliest first
 * @param subjects     the accepted subjects (for the contact list)
 */
public record CheckedRun(LocalDate runDate, Path reportDir, Messages messages, ProvinceTable provinces,
                         Map<ExportFile, RunSummary.InputCount> inputs, List<SkippedRule> skippedRules,
                         List<Finding> findings, List<FindingTriage> triage, ImportResult triageImport,
                         List<RejectedRow> rejects,
                         Trend trend, List<Night> nights, SubjectIndex subjects) {

    public CheckedRun {
        if (triage.size() != findings.size()) {
            throw new IllegalArgumentException(triage.size() + " triage rows for " + findings.size() + " findings");
        }
    }
}
