package cn.icpcheck.report;

import cn.icpcheck.input.RejectedRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static cn.icpcheck.report.Columns.Column.both;

/**
 * rejects.csv: every rejected input row with its file, physical line, column, value and reason.
 * Its columns are declared once, here, for the CSV file and for the workbook's sheet of rejected rows.
 */
public final class RejectsCsv {

    public static final String FILE_NAME = "rejects.csv";

    static final Columns<RejectedRow> COLUMNS = Columns.of(
            both("file", "column.file", 16, r -> r.file().fileName(), (out, r, l) -> out.text(r.file().fileName())),
            both("line", "column.line", 8, r -> Integer.toString(r.line()), (out, r, l) -> out.count(r.line())),
            both("column", "column.column", 26, RejectedRow::column, (out, r, l) -> out.text(r.column())),
            both("value", "column.value", 30, RejectedRow::value, (out, r, l) -> out.wrapped(r.value())),
            both("reason", "column.reason", 50, RejectedRow::reasonText, (out, r, l) -> out.wrapped(l.rejectReason(r))));

    public static final List<String> HEADER = COLUMNS.csvHeader();

    private RejectsCsv() {
    }

    public static void write(Path target, List<RejectedRow> rejects) throws IOException {
        CsvReport.write(target, HEADER, () -> rejects.stream().map(COLUMNS::csvRow).iterator());
    }
}
