package cn.icpcheck.filing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date forms of the export (inputs.md): yyyy-MM-dd, yyyy/M/d, yyyy-M-d, yyyyMMdd, and 长期. */
public final class ExportDates {

    /** A certificate that never expires (长期, long-term). */
    public static final LocalDate LONG_TERM = LocalDate.MAX;

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private ExportDates() {
    }

    /**
     * Parses a date cell.
     *
     * @throws DateTimeException when the text is not one of the forms or not a real date
     */
    public static LocalDate parse(String text) {
        Matcher m = SEPARATED.matcher(text);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        throw new DateTimeException("not a date: " + text);
    }

    /** Parses a certificate expiry: a date, or 长期 / long-term for {@link #LONG_TERM}. */
    public static LocalDate parseExpiry(String text) {
        String t = text.trim();
        if (t.equals("长期") || t.toLowerCase(Locale.ROOT).equals("long-term")) {
            return LONG_TERM;
        }
        return parse(t);
    }
}
