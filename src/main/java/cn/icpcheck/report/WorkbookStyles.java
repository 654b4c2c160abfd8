package cn.icpcheck.report;

import cn.icpcheck.rules.Severity;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of one workbook, each created once: a workbook allows some 64,000 styles, and
 * the cells of a million rows must share a handful of them. With them, the number each date cell
 * holds ({@link #dateValue}), also worked out once per day.
 */
final class WorkbookStyles {

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Days left: negative (past the deadline) in red. */
    private static final String DAYS_FORMAT = "0;[Red]-0";
    private static final String GRID = "BFBFBF";

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle days;
    private final CellStyle count;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle label;
    private final CellStyle total;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
    private final boolean date1904;
    /**
     * A million findings' dates are a few hundred days: deadlines, first nights, decisions. Filled as
     * the sheets are written, by the one thread that writes the workbook.
     */
    private final Map<LocalDate, Double> dateValues = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook instanceof Date1904Support d && d.isDate1904();
        header = bordered();
        header.setFont(font(true, 11, "FFFFFF"));
        fill(header, "44546A");
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        text = bordered();
        wrapped = bordered();
        wrapped.setWrapText(true);
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        date.setAlignment(HorizontalAlignment.CENTER);
        days = bordered();
        days.setDataFormat(workbook.createDataFormat().getFormat(DAYS_FORMAT));
        days.setAlignment(HorizontalAlignment.CENTER);
        count = bordered();
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        count.setAlignment(HorizontalAlignment.CENTER);

        title = workbook.createCellStyle();
        title.setFont(font(true, 16, "1F3864"));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        heading = workbook.createCellStyle();
        heading.setFont(font(true, 12, "1F3864"));
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        label = bordered();
        label.setFont(font(true, 11, "262626"));
        fill(label, "F2F2F2");
        total = bordered();
        total.setFont(font(true, 11, "262626"));
        fill(total, "F2F2F2");
        total.setDataFormat(workbook.createDataFormat().getFormat("0"));
        total.setAlignment(HorizontalAlignment.CENTER);

        severity.put(Severity.CRITICAL, severity("8B1A1A", "FFFFFF"));
        severity.put(Severity.HIGH, severity("F4A582", "6B1010"));
        severity.put(Severity.MEDIUM, severity("FFD966", "5C4400"));
        severity.put(Severity.LOW, severity("FFF2CC", "5C4400"));
        severity.put(Severity.INFO, severity("E7E6E6", "404040"));
    }

    /**
     * What a date cell holds: the day as Excel's serial number, the number POI's
     * {@code setCellValue(LocalDate)} writes, worked out once per day rather than once per cell
     * (POI's way goes through a date-time and the workbook's settings for each of them).
     */
    double dateValue(LocalDate date) {
        return dateValues.computeIfAbsent(date, d -> DateUtil.getExcelDate(d.atStartOfDay(), date1904));
    }

    /** The header row of a table: bold white on slate. */
    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    /** Long text (details, actions, names): wrapped within the column's width. */
    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle date() {
        return date;
    }

    /** A number of days that may be negative. */
    CellStyle days() {
        return days;
    }

    CellStyle count() {
        return count;
    }

    CellStyle title() {
        return title;
    }

    /** The heading of a block of the summary sheet. */
    CellStyle heading() {
        return heading;
    }

    /** The first column of a row in a summary block. */
    CellStyle label() {
        return label;
    }

    /** A row of totals. */
    CellStyle total() {
        return total;
    }

    /** The severity cell: a fill from dark red (critical) to grey (info). */
    CellStyle severity(Severity s) {
        return severity.get(s);
    }

    private CellStyle severity(String fill, String fontColour) {
        XSSFCellStyle style = bordered();
        fill(style, fill);
        style.setFont(font(true, 11, fontColour));
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        XSSFColor grid = colour(GRID);
        style.setTopBorderColor(grid);
        style.setBottomBorderColor(grid);
        style.setLeftBorderColor(grid);
        style.setRightBorderColor(grid);
        return style;
    }

    private static void fill(CellStyle style, String rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(colour(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(boolean bold, int points, String rgb) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        font.setColor(colour(rgb));
        return font;
    }

    private static XSSFColor colour(String rgb) {
        int value = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value}, null);
    }
}
