package cn.icpcheck.input;

import java.util.Locale;

/**
 * What every cell the job reads must be, whatever its column: at most {@link #MAX_LENGTH}
 * characters, and free of C0 control characters other than tab, CR and LF (a NUL is the usual sign
 * of a file read in the wrong encoding, or of a broken export). One place, so that any reader of
 * the export applies the same check.
 */
public final class CellCheck {

    /** The longest cell accepted, in characters (code points). */
    public static final int MAX_LENGTH = 4096;

    private CellCheck() {
    }

    /**
     * Why the cell cannot be taken, or null when it can.
     *
     * @param mayHoldControls false when the cell is known to hold no control character (its reader
     *                        saw none: {@link CsvRecords#controlCharacterSeen}), so that only its length is checked
     */
    public static RejectReason problem(String cell, boolean mayHoldControls) {
        if (cell.length() > MAX_LENGTH && cell.codePointCount(0, cell.length()) > MAX_LENGTH) {
            return RejectReason.VALUE_TOO_LONG;
        }
        if (mayHoldControls) {
            for (int i = 0; i < cell.length(); i++) {
                if (isForbidden(cell.charAt(i))) {
                    return RejectReason.CONTROL_CHARACTER;
                }
            }
        }
        return null;
    }

    /** The detail of a {@link #problem}: {@code 40000 characters, at most 4096} or {@code U+0000 in value}. */
    public static String detail(RejectReason problem, String cell) {
        if (problem == RejectReason.VALUE_TOO_LONG) {
            return cell.codePointCount(0, cell.length()) + " characters, at most " + MAX_LENGTH;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (isForbidden(cell.charAt(i))) {
                return String.format(Locale.ROOT, "U+%04X in value", (int) cell.charAt(i));
            }
        }
        return "";
    }

    static boolean isForbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
    }
}
