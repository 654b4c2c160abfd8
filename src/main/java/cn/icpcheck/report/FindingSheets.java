package cn.icpcheck.report;

import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.triage.FindingTriage;

import java.time.LocalDate;
import java.util.List;

/**
 * The sheets of the findings, one table per family that has findings (in the order of
 * {@link Family}), each with every finding of its family in the order of findings.csv, in the
 * columns of {@link FindingColumns}: the staff's status is chosen from a drop-down list. Findings
 * under a waiver that holds tonight are not there but on the sheet of waived findings, in the same
 * columns (so a returned workbook is read the same way).
 */
final class FindingSheets {

    private final SheetContext ctx;
    private final LocalDate runDate;

    FindingSheets(SheetContext ctx, LocalDate runDate) {
        this.ctx = ctx;
        this.runDate = runDate;
    }

    /** Writes the sheets; {@code sorted} is in the order of findings.csv. */
    void write(List<Finding> sorted, List<FindingTriage> triage) {
        WorkbookLabels l = ctx.labels();
        Columns<FindingRow> columns = FindingColumns.COLUMNS;
        List<ReportTable.Column> headers = columns.sheetColumns(l);
        ReportTable.DropDown dropDown = new ReportTable.DropDown(columns.sheetIndex(FindingColumns.STATUS_KEY),
                l.staffStatuses(), l.get("status.prompt"));
        for (Family family : Family.values()) {
            ReportTable table = null;
            for (int i = 0; i < sorted.size(); i++) {
                Finding f = sorted.get(i);
                if (f.family() != family || triage.get(i).waived()) {
                    continue;
                }
                if (table == null) {
                    table = new ReportTable(ctx, l.family(family), headers, dropDown);
                }
                columns.writeCells(table.row(),
                        FindingColumns.row(runDate, f, triage.get(i), l), l);
            }
            if (table != null) {
                table.finish();
            }
        }
        ReportTable waived = null;
        for (int i = 0; i < sorted.size(); i++) {
            if (!triage.get(i).waived()) {
                continue;
            }
            if (waived == null) {
                waived = new ReportTable(ctx, l.get("sheet.waived"), headers, dropDown);
            }
            Finding f = sorted.get(i);
            columns.writeCells(waived.row(),
                    FindingColumns.row(runDate, f, triage.get(i), l), l);
        }
        if (waived != null) {
            waived.finish();
        }
    }
}
