package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Where the cells of one row go, from left to right, each at its column counted from 0 ({@link TableRow}): POI's cells of a row (a
 * regular sheet, a table's header), or the XML of a streamed sheet as it is written
 * ({@link TempSheetWriter#startRow}, every other row of a table).
 */
interface RowCells {

    /** A text cell: the text as it is. */
    void text(int column, CellStyle style, String value);

    void number(int column, CellStyle style, double value);

    /** A cell with a style and no value. */
    void blank(int column, CellStyle style);

    /** The row's height in points, when it is not the sheet's default. */
    void height(float points);

    /** The cells of a row of POI's. */
    static RowCells of(Row row) {
        return new RowCells() {
            @Override
            public void text(int column, CellStyle style, String value) {
                cell(column, style).setCellValue(value);
            }

            @Override
            public void number(int column, CellStyle style, double value) {
                cell(column, style).setCellValue(value);
            }

            @Override
            public void blank(int column, CellStyle style) {
                cell(column, style);
            }

            @Override
            public void height(float points) {
                row.setHeightInPoints(points);
            }

            private Cell cell(int column, CellStyle style) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(style);
                return cell;
            }
        };
    }
}
