package cn.icpcheck.report;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** findings.csv: every finding, one row each, for other systems (outputs.md). */
public final class FindingsCsv {

    public static final String FILE_NAME = "findings.csv";
    public static final List<String> HEADER = List.of("run_date", "rule", "severity", "family", "customer_id",
            "province", "subject_no", "service_no", "object", "deadline", "detail", "action");

    private FindingsCsv() {
    }

    /** Writes the findings, which must already be in report order. */
    public static void write(Path target, LocalDate runDate, List<Finding> sorted, Messages messages) throws IOException {
        String date = runDate.toString();
        CsvReport.write(target, HEADER, () -> sorted.stream().map(f -> new String[] {
                date, f.rule().name(), f.severity().name(), f.family().code(), f.customerId(), f.province(),
                f.subjectNo(), f.serviceNo(), f.object(), f.deadline() == null ? "" : f.deadline().toString(),
                f.detail(), messages.action(f.rule())}).iterator());
    }
}
