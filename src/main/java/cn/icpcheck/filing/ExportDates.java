package cn.icpcheck.filing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** The date forms of the export (inputs.md): yyyy-MM-dd, yyyy/M/d, yyyy-M-d, yyyyMMdd, and 长期. */
public final class ExportDates {

    /** A certificate that never expires (长期, long-term). */
    public static final LocalDate LONG_TERM = LocalDate.MAX;

    private ExportDates() {
    }

    /**
     * Parses a date cell: four digits of year, then either {@code -} or {@code /} and a month and a
     * day of one or two digits each (the same separator twice), or two digits each with no separator.
     * (Read by hand rather than with a regular expression: every row of the export has dates.)
     *
     * @throws DateTimeException when the text is not one of the forms or not a real date
     */
    public static LocalDate parse(String text) {
        int n = text.length();
        if (n >= 8 && digits(text, 0, 4)) {
            int year = number(text, 0, 4);
            if (n == 8 && digits(text, 4, 8)) {
                return LocalDate.of(year, number(text, 4, 6), number(text, 6, 8));
            }
            char separator = text.charAt(4);
            if (separator == '-' || separator == '/') {
                int second = text.indexOf(separator, 5);
                if (second > 5 && second - 5 <= 2 && n - second - 1 >= 1 && n - second - 1 <= 2
                        && digits(text, 5, second) && digits(text, second + 1, n)) {
                    return LocalDate.of(year, number(text, 5, second), number(text, second + 1, n));
                }
            }
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

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
