package cn.icpcheck.report;

import cn.icpcheck.triage.ImportOutcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static cn.icpcheck.report.Columns.Column.csv;

/**
 * triage-import.csv: every applied, conflicting and rejected row of the staff's files imported by
 * the run, and every refused file, with the reason (triage.md). Rows that changed nothing are only counted.
 */
public final class TriageImportCsv {

    public static final String FILE_NAME = "triage-import.csv";

    static final Columns<ImportOutcome> COLUMNS = Columns.of(List.of(
            csv("file", ImportOutcome::file),
            csv("sheet", ImportOutcome::sheet),
            csv("row", o -> o.row() == 0 ? "" : Integer.toString(o.row())),
            csv("finding_id", ImportOutcome::findingId),
            csv("outcome", o -> o.outcome().code()),
            csv("reason", ImportOutcome::reason),
            csv("status", ImportOutcome::status),
            csv("decided_by", ImportOutcome::decidedBy)), List.of());

    public static final List<String> HEADER = COLUMNS.csvHeader();

    private TriageImportCsv() {
    }

    public static void write(Path target, List<ImportOutcome> outcomes) throws IOException {
        CsvReport.write(target, HEADER, () -> outcomes.stream().map(COLUMNS::csvRow).iterator());
    }
}
