package cn.icpcheck.report;

import cn.icpcheck.input.RejectedRow;

import java.util.List;

/** The sheet of the input rows that took no part in the checks, in the columns of rejects.csv. */
final class RejectsSheet {

    private final SheetContext ctx;

    RejectsSheet(SheetContext ctx) {
        this.ctx = ctx;
    }

    void write(List<RejectedRow> rejects) {
        WorkbookLabels l = ctx.labels();
        ReportTable table = new ReportTable(ctx, l.get("sheet.rejects"), RejectsCsv.COLUMNS.sheetColumns(l));
        for (RejectedRow r : rejects) {
            RejectsCsv.COLUMNS.writeCells(table.row(), r, l);
        }
        table.finish();
    }
}
