package cn.icpcheck.report;

import cn.icpcheck.input.RejectedRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** rejects.csv: every rejected input row with its file, physical line, column, value and reason. */
public final class RejectsCsv {

    public static final String FILE_NAME = "rejects.csv";
    public static final List<String> HEADER = List.of("file", "line", "column", "value", "reason");

    private RejectsCsv() {
    }

    public static void write(Path target, List<RejectedRow> rejects) throws IOException {
        CsvReport.write(target, HEADER, () -> rejects.stream().map(r -> new String[] {
                r.file().fileName(), Integer.toString(r.line()), r.column(), r.value(), r.reasonText()}).iterator());
    }
}
