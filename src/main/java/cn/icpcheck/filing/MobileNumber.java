package cn.icpcheck.filing;

import java.util.regex.Pattern;

/** Mobile numbers of principals: normalising and checking them (rules.md, Contacts). */
public final class MobileNumber {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    /**
     * White space, {@code -}, {@code (} and {@code )} removed; then a leading {@code +86} or
     * {@code 0086}, or the {@code 86} of a 13-digit number, removed.
     */
    public static String normalize(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '(' || cp == ')')) {
                digits.appendCodePoint(cp);
            }
        }
        String n = digits.toString();
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

    public static boolean valid(String normalized) {
        return MAINLAND_MOBILE.matcher(normalized).matches();
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
