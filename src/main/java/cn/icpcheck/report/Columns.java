package cn.icpcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an output, each declared once: its name in the CSV file, its header in the sheet
 * (a message key) and width there, and how a row shows in it, as CSV text and as a cell. The CSV
 * file and the sheet of an output are written from the same declaration, so their headers and
 * cells cannot drift apart. A column may belong to the CSV file only or to the sheet only.
 *
 * @param <T> what one row of the output is made from
 */
final class Columns<T> {

    /** A row's value in a CSV column, as other systems read it: codes, not words of the run's language. */
    @FunctionalInterface
    interface Text<T> {
        String of(T row);
    }

    /** A row's cell in a sheet column: writes exactly one cell. */
    @FunctionalInterface
    interface Cell<T> {
        void write(TableRow out, T row, WorkbookLabels labels);
    }

    /**
     * One column.
     *
     * @param csvName  its name in the CSV header, or null when the CSV file has no such column
     * @param labelKey the message key of its header in the sheet, or null when the sheet has none
     * @param width    its width in the sheet, in characters
     * @param hidden   a hidden column of the sheet, for the program that reads the sheet back: its header
     *                 is {@code labelKey} itself, the same in every language
     */
    record Column<T>(String csvName, String labelKey, int width, Text<T> text, Cell<T> cell, boolean hidden) {

        static <T> Column<T> csv(String name, Text<T> text) {
            return new Column<>(name, null, 0, text, null, false);
        }

        static <T> Column<T> sheet(String labelKey, int width, Cell<T> cell) {
            return new Column<>(null, labelKey, width, null, cell, false);
        }

        static <T> Column<T> both(String csvName, String labelKey, int width, Text<T> text, Cell<T> cell) {
            return new Column<>(csvName, labelKey, width, text, cell, false);
        }

        static <T> Column<T> hidden(String name, Cell<T> cell) {
            return new Column<>(null, name, 12, null, cell, true);
        }
    }

    private final List<Column<T>> csv;
    private final List<Column<T>> sheet;

    private Columns(List<Column<T>> csv, List<Column<T>> sheet) {
        this.csv = csv;
        this.sheet = sheet;
    }

    /** The columns in one order for the CSV file and the sheet, each where it belongs. */
    @SafeVarargs
    static <T> Columns<T> of(Column<T>... columns) {
        return new Columns<>(List.of(columns).stream().filter(c -> c.csvName() != null).toList(),
                List.of(columns).stream().filter(c -> c.labelKey() != null).toList());
    }

    /** Columns in one order in the CSV file and in another in the sheet. */
    static <T> Columns<T> of(List<Column<T>> csv, List<Column<T>> sheet) {
        for (Column<T> c : csv) {
            if (c.csvName() == null) {
                throw new IllegalArgumentException("a sheet column in the CSV file: " + c.labelKey());
            }
        }
        for (Column<T> c : sheet) {
            if (c.labelKey() == null) {
                throw new IllegalArgumentException("a CSV column in the sheet: " + c.csvName());
            }
        }
        return new Columns<>(List.copyOf(csv), List.copyOf(sheet));
    }

    List<String> csvHeader() {
        return csv.stream().map(Column::csvName).toList();
    }

    String[] csvRow(T row) {
        String[] cells = new String[csv.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = csv.get(i).text().of(row);
        }
        return cells;
    }

    /** The sheet's headers, in the run's language, and widths. */
    List<ReportTable.Column> sheetColumns(WorkbookLabels labels) {
        List<ReportTable.Column> columns = new ArrayList<>(sheet.size());
        for (Column<T> c : sheet) {
            columns.add(new ReportTable.Column(c.hidden() ? c.labelKey() : labels.get(c.labelKey()), c.width(),
                    c.hidden()));
        }
        return columns;
    }

    /** Where a sheet column is, counted from 0; -1 when the sheet has none with that header key. */
    int sheetIndex(String labelKey) {
        for (int i = 0; i < sheet.size(); i++) {
            if (labelKey.equals(sheet.get(i).labelKey())) {
                return i;
            }
        }
        return -1;
    }

    void writeCells(TableRow out, T row, WorkbookLabels labels) {
        for (Column<T> c : sheet) {
            c.cell().write(out, row, labels);
        }
    }
}
