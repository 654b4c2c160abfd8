package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One table of a workbook: a header row, then any number of rows, on as many sheets as the row
 * limit needs ({@code 域名}, {@code 域名 (2)}, …). Each of its sheets has the header row frozen,
 * an auto-filter over the table, the column widths set (Chinese text is about two characters wide
 * per character, and no width is measured, which would need the fonts), the print layout, and,
 * when the table has one, the staff's drop-down list.
 */
final class ReportTable {

    /** A column: its header and width in characters; a hidden column is there for programs, not people. */
    record Column(String header, int width, boolean hidden) {
        Column(String header, int width) {
            this(header, width, false);
        }
    }

    /** A column whose cells are chosen from a list; the rows are written with the first choice. */
    record DropDown(int column, List<String> choices, String errorText) {
    }

    private final SheetContext ctx;
    private final String name;
    private final List<Column> columns;
    private final DropDown dropDown;
    private final int[] widths;
    /** The columns up to the last visible one: the filter and the printed page end there. */
    private final int visibleColumns;
    private SXSSFSheet sheet;
    /** Where the sheet's rows go, after its header row: written there directly, without POI's rows. */
    private TempSheetWriter rows;
    private int sheets;
    private int nextRow;

    ReportTable(SheetContext ctx, String name, List<Column> columns) {
        this(ctx, name, columns, null);
    }

    ReportTable(SheetContext ctx, String name, List<Column> columns, DropDown dropDown) {
        this.ctx = ctx;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.dropDown = dropDown;
        this.widths = columns.stream().mapToInt(Column::width).toArray();
        int visible = columns.size();
        while (visible > 1 && columns.get(visible - 1).hidden()) {
            visible--;
        }
        this.visibleColumns = visible;
        openSheet();
    }

    /** A new row at the end of the table, on a further sheet when this one is full. */
    TableRow row() {
        if (nextRow == ctx.rowLimit()) {
            finishSheet();
            openSheet();
        }
        return new TableRow(rows.startRow(nextRow++), ctx.styles(), widths);
    }

    /** Ends the table: filter and drop-down list over the rows of its last sheet. */
    void finish() {
        finishSheet();
    }

    private void openSheet() {
        sheets++;
        sheet = ctx.workbook().createSheet(ctx.labels().sheetName(name, sheets));
        rows = ctx.workbook().rowsOf(sheet);
        TableRow header = new TableRow(sheet.createRow(0), ctx.styles(), widths);
        for (int i = 0; i < columns.size(); i++) {
            header.header(columns.get(i).header());
            sheet.setColumnWidth(i, widths[i] * 256);
            if (columns.get(i).hidden()) {
                sheet.setColumnHidden(i, true);
            }
        }
        sheet.createFreezePane(0, 1);
        ctx.print().apply(sheet);
        try {
            // the header row, POI's, before the rows written directly
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nextRow = 1;
    }

    private void finishSheet() {
        rows.finishRow();
        int lastRow = nextRow - 1;
        // what POI would work out from its rows, had it written them
        ctx.workbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                .setDimensionOverride(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, visibleColumns - 1));
        if (dropDown != null && lastRow >= 1) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(dropDown.choices().toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, dropDown.column(), dropDown.column()));
            validation.setShowErrorBox(true);
            validation.createErrorBox(columns.get(dropDown.column()).header(), dropDown.errorText());
            sheet.addValidationData(validation);
        }
    }
}
