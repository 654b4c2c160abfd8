package cn.icpcheck.filing;

/** Mobile numbers of principals: normalising and checking them (rules.md, Contacts). */
public final class MobileNumber {

    private MobileNumber() {
    }

    /**
     * White space, {@code -}, {@code (} and {@code )} removed; then a leading {@code +86} or
     * {@code 0086}, or the {@code 86} of a 13-digit number, removed.
     */
    public static String normalize(String raw) {
        if (valid(raw)) {
            // the common form, which nothing above changes: kept as it is, without a copy
            return raw;
        }
        String n = asciiWithoutSeparators(raw);
        if (n == null) {
            n = withoutSeparators(raw);
        }
        if (n.startsWith("+86")) {
            return n.substring(3);
        }
        if (n.startsWith("0086")) {
            return n.substring(4);
        }
        if (n.length() == 13 && n.startsWith("86") && allDigits(n)) {
            return n.substring(2);
        }
        return n;
    }

    /** White space (Java's, and Unicode's space separators), {@code -}, {@code (} and {@code )} removed. */
    static String withoutSeparators(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '(' || cp == ')')) {
                digits.appendCodePoint(cp);
            }
        }
        return digits.toString();
    }

    /**
     * As {@link #withoutSeparators} for a number written in ASCII alone (the other common form, such as
     * {@code +86 138-0013-8000}), by hand. Null for a number with any other character, left to
     * {@link #withoutSeparators}.
     */
    static String asciiWithoutSeparators(String raw) {
        char[] kept = new char[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (!(AsciiWhiteSpace.is(c) || c == '-' || c == '(' || c == ')')) {
                kept[n++] = c;
            }
        }
        return n == kept.length ? raw : new String(kept, 0, n);
    }

    /** {@code 1[3-9]} and nine digits (checked by hand: every principal's mobile is checked). */
    public static boolean valid(String normalized) {
        if (normalized.length() != 11 || normalized.charAt(0) != '1'
                || normalized.charAt(1) < '3' || normalized.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (normalized.charAt(i) < '0' || normalized.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String n) {
        for (int i = 0; i < n.length(); i++) {
            if (!Character.isDigit(n.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
