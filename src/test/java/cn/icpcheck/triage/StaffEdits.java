package cn.icpcheck.triage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A workbook edited as the staff edit theirs: cells typed in, rows hidden, rows and columns reordered, copied. */
final class StaffEdits implements AutoCloseable {

    private final XSSFWorkbook workbook;

    private StaffEdits(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static StaffEdits open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new StaffEdits(new XSSFWorkbook(in));
        }
    }

    /** The row of a finding, on whatever sheet it is, found by its id in the first column named {@code idHeader}. */
    Row row(String idHeader, String id) {
        for (Sheet sheet : workbook) {
            int column = column(sheet, idHeader);
            if (column < 0) {
                continue;
            }
            for (Row row : sheet) {
                Cell cell = row.getCell(column);
                if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(id)) {
                    return row;
                }
            }
        }
        throw new IllegalArgumentException("no row for " + id);
    }

    StaffEdits set(String id, String header, String value) {
        Row row = row("编号", id);
        row.getCell(column(row.getSheet(), header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
        return this;
    }

    /** Types a value over a cell as a spreadsheet program does: the cell made anew, its style kept. */
    StaffEdits retype(String id, String header, String value) {
        Row row = row("编号", id);
        int column = column(row.getSheet(), header);
        Cell old = row.getCell(column);
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
        return this;
    }

    StaffEdits setDate(String id, String header, LocalDate value) {
        Row row = row("编号", id);
        Cell cell = row.getCell(column(row.getSheet(), header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        cell.setCellValue(value);
        return this;
    }

    /** Sets a cell of a sheet's row found by the text of another cell. */
    StaffEdits setWhere(String sheetName, String keyHeader, String key, String header, String value) {
        Sheet sheet = workbook.getSheet(sheetName);
        int keyColumn = column(sheet, keyHeader);
        for (Row row : sheet) {
            Cell cell = row.getCell(keyColumn);
            if (cell != null && new DataFormatter().formatCellValue(cell).equals(key)) {
                row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                return this;
            }
        }
        throw new IllegalArgumentException(sheetName + " has no row " + key);
    }

    /**
     * As {@link #setWhere}, but typed over the cell as a spreadsheet program does (see {@link #retype}):
     * POI's in-place edit of an inline-text cell keeps the old text beside the new value, and another
     * program that opens the file reads the old text.
     */
    StaffEdits retypeWhere(String sheetName, String keyHeader, String key, String header, String value) {
        Sheet sheet = workbook.getSheet(sheetName);
        int keyColumn = column(sheet, keyHeader);
        int column = column(sheet, header);
        for (Row row : sheet) {
            Cell cell = row.getCell(keyColumn);
            if (cell != null && new DataFormatter().formatCellValue(cell).equals(key)) {
                Cell old = row.getCell(column);
                CellStyle style = old == null ? null : old.getCellStyle();
                if (old != null) {
                    row.removeCell(old);
                }
                Cell typed = row.createCell(column);
                if (style != null) {
                    typed.setCellStyle(style);
                }
                typed.setCellValue(value);
                return this;
            }
        }
        throw new IllegalArgumentException(sheetName + " has no row " + key);
    }

    /** Hides a row, as a filter does. */
    StaffEdits hide(String id) {
        row("编号", id).setZeroHeight(true);
        return this;
    }

    /** Empties a column on every sheet that has it, header kept: as cells cleared, or a column lost in a copy. */
    StaffEdits clearColumn(String header) {
        for (Sheet sheet : workbook) {
            int column = column(sheet, header);
            if (column < 0) {
                continue;
            }
            for (Row row : sheet) {
                Cell cell = row.getRowNum() > 0 ? row.getCell(column) : null;
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
        }
        return this;
    }

    StaffEdits lastModifiedBy(String name) {
        workbook.getProperties().getCoreProperties().setLastModifiedByUser(name);
        return this;
    }

    void saveAs(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /**
     * Saves the workbook as a writer that leaves out the optional row and cell references does: no
     * {@code r} attribute on any {@code <row>} or {@code <c>} of a sheet.
     */
    void saveWithoutReferences(Path file) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        Files.createDirectories(file.getParent());
        try (ZipInputStream in = new ZipInputStream(
                new ByteArrayInputStream(written.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("(<(?:row|c)\\b[^>]*?) r=\"[A-Z]*[0-9]+\"", "$1")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /**
     * Copies the rows of these findings, whole (hidden columns too), into a new workbook: the rows in the
     * reverse order (as if sorted), the columns in the reverse order (as if moved), under a title row.
     */
    void copyRowsTo(Path file, List<String> ids) throws IOException {
        try (XSSFWorkbook copy = new XSSFWorkbook()) {
            CellStyle date = copy.createCellStyle();
            date.setDataFormat(copy.createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = copy.createSheet("my list");
            sheet.createRow(0).createCell(0).setCellValue("rows I am working on");
            Row first = row("编号", ids.get(0));
            Row header = first.getSheet().getRow(0);
            int width = header.getLastCellNum();
            List<Row> rows = new ArrayList<>();
            rows.add(header);
            List<Row> data = new ArrayList<>();
            for (String id : ids) {
                data.add(row("编号", id));
            }
            Collections.reverse(data);
            rows.addAll(data);
            int at = 2;
            for (Row source : rows) {
                Row target = sheet.createRow(at++);
                for (int c = 0; c < width; c++) {
                    Cell from = source.getCell(c);
                    if (from == null || from.getCellType() == CellType.BLANK) {
                        continue;
                    }
                    Cell to = target.createCell(width - 1 - c);
                    if (from.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(from)) {
                        to.setCellValue(from.getLocalDateTimeCellValue().toLocalDate());
                        to.setCellStyle(date);
                    } else if (from.getCellType() == CellType.NUMERIC) {
                        to.setCellValue(from.getNumericCellValue());
                    } else {
                        // a cell edited in place by POI keeps its old inline text beside the new value
                        XSSFCell cell = (XSSFCell) from;
                        to.setCellValue(cell.getCTCell().getT() == STCellType.INLINE_STR && cell.getCTCell().isSetV()
                                ? cell.getCTCell().getV() : cell.getStringCellValue());
                    }
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                copy.write(out);
            }
        }
    }

    private static int column(Sheet sheet, String header) {
        Row first = sheet.getRow(0);
        if (first == null) {
            return -1;
        }
        for (Cell cell : first) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
