package cn.icpcheck.report;

import cn.icpcheck.rules.Severity;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.time.LocalDate;

/**
 * Writes the cells of one row from left to right. Text from the data is written formula-safe
 * (a leading {@code '} before {@code = + - @}, tab or CR), as in the CSV outputs. A row whose
 * wrapped text needs more than one line is made as high as its longest cell.
 */
final class TableRow {

    /** The height of one line of 11-point text. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;

    private final RowCells cells;
    private final WorkbookStyles styles;
    private final int[] widths;
    private int column;
    private int lines = 1;

    /** @param widths the widths of the sheet's columns, in characters */
    TableRow(Row row, WorkbookStyles styles, int[] widths) {
        this(RowCells.of(row), styles, widths);
    }

    /** @param widths the widths of the sheet's columns, in characters */
    TableRow(RowCells cells, WorkbookStyles styles, int[] widths) {
        this.cells = cells;
        this.styles = styles;
        this.widths = widths;
    }

    TableRow text(String value) {
        return string(value, styles.text());
    }

    /** Long text, wrapped within the column. */
    TableRow wrapped(String value) {
        if (value != null && !value.isEmpty()) {
            fitLines(WrappedLines.count(value, widths[column]));
        }
        return string(value, styles.wrapped());
    }

    /** A date cell, formatted yyyy-mm-dd; empty when null. */
    TableRow date(LocalDate value) {
        return value == null ? blank(styles.date()) : number(styles.date(), styles.dateValue(value));
    }

    /** A number of days, red when negative; empty when null. */
    TableRow days(Long value) {
        return value == null ? blank(styles.days()) : number(styles.days(), value);
    }

    TableRow count(long value) {
        return number(styles.count(), value);
    }

    /** A cell styled as a table header, wrapped when the column is too narrow for it. */
    TableRow header(String value) {
        fitLines(WrappedLines.count(value, widths[column]));
        return textCell(styles.header(), fit(value));
    }

    /** The first cell of a row of the summary: what the row is about. */
    TableRow label(String value) {
        return string(value, styles.label());
    }

    /** A sum, in bold. */
    TableRow total(long value) {
        return number(styles.total(), value);
    }

    /** The severity in words, filled with its colour. */
    TableRow severity(Severity severity, String label) {
        return textCell(styles.severity(severity), fit(label));
    }

    private TableRow string(String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return blank(style);
        }
        return textCell(style, fit(CsvReport.formulaSafe(value)));
    }

    private TableRow textCell(CellStyle style, String value) {
        cells.text(column++, style, value);
        return this;
    }

    private TableRow number(CellStyle style, double value) {
        cells.number(column++, style, value);
        return this;
    }

    private TableRow blank(CellStyle style) {
        cells.blank(column++, style);
        return this;
    }

    /** The most characters a cell of Excel can hold. */
    static final int MAX_CELL_TEXT = 32_767;

    /**
     * Text cut to fit a cell, ending in {@code …} when cut: no value from the data can make a
     * workbook fail (POI refuses longer text).
     */
    static String fit(String text) {
        if (text == null || text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private void fitLines(int needed) {
        if (needed > lines) {
            lines = needed;
            // Excel's rows are at most 409 points high
            cells.height(Math.min(lines * LINE_POINTS, MAX_ROW_POINTS));
        }
    }
}
