package cn.icpcheck.report;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.triage.FindingTriage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** findings.csv: every finding, one row each, for other systems (outputs.md); its columns are {@link FindingColumns}. */
public final class FindingsCsv {

    public static final String FILE_NAME = "findings.csv";
    public static final List<String> HEADER = FindingColumns.COLUMNS.csvHeader();

    private FindingsCsv() {
    }

    /** Writes the findings of a run, which are in report order. */
    static void write(Path target, CheckedRun run) throws IOException {
        WorkbookLabels labels = new WorkbookLabels(run.messages(), run.provinces());
        LocalDate runDate = run.runDate();
        List<Finding> sorted = run.findings();
        List<FindingTriage> triage = run.triage();
        CsvReport.write(target, HEADER, () -> java.util.stream.IntStream.range(0, sorted.size())
                .mapToObj(i -> FindingColumns.COLUMNS.csvRow(
                        FindingColumns.row(runDate, sorted.get(i), triage.get(i), labels)))
                .iterator());
    }
}
