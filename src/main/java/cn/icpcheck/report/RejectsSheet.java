package cn.icpcheck.report;

import cn.icpcheck.input.RejectedRow;

import java.util.List;

import static cn.icpcheck.report.ReportTable.Column;

/** The sheet of the input rows that took no part in the checks, as rejects.csv lists them. */
final class RejectsSheet {

    private final SheetContext ctx;

    RejectsSheet(SheetContext ctx) {
        this.ctx = ctx;
    }

    void write(List<RejectedRow> rejects) {
        WorkbookLabels l = ctx.labels();
        ReportTable table = new ReportTable(ctx, l.get("sheet.rejects"), List.of(
                new Column(l.get("column.file"), 16),
                new Column(l.get("column.line"), 8),
                new Column(l.get("column.column"), 26),
                new Column(l.get("column.value"), 30),
                new Column(l.get("column.reason"), 50)));
        for (RejectedRow r : rejects) {
            table.row()
                    .text(r.file().fileName())
                    .count(r.line())
                    .text(r.column())
                    .wrapped(r.value())
                    .wrapped(l.rejectReason(r));
        }
        table.finish();
    }
}
