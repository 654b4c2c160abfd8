package cn.icpcheck.report;

/**
 * How many lines a wrapped cell needs in a column of a given width, estimated without fonts (none
 * may be installed where the job runs, and measuring glyphs a million times would be slow): a
 * Chinese or other full-width character is about 2.15 column units wide, any other about 0.9, and a
 * line breaks between words or between two Chinese characters. The estimate sets the height of
 * the rows, which neither Excel nor LibreOffice reliably fits to wrapped text by itself.
 */
final class WrappedLines {

    private static final double WIDE = 2.15;
    private static final double NARROW = 0.9;

    private WrappedLines() {
    }

    /** The lines {@code text} takes in a column {@code width} units wide; at least 1. */
    static int count(String text, int width) {
        double usable = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += linesOf(paragraph, usable);
        }
        return Math.max(1, lines);
    }

    private static int linesOf(String text, double usable) {
        int lines = 1;
        double line = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            double token;
            boolean space = cp == ' ';
            if (space || wide(cp)) {
                token = space ? NARROW : WIDE;
                i += Character.charCount(cp);
            } else {
                int start = i;
                while (i < text.length() && text.charAt(i) != ' ' && !wide(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                token = (i - start) * NARROW;
            }
            if (line + token <= usable) {
                line += token;
            } else if (space) {
                lines++;
                line = 0;
            } else {
                if (line > 0) {
                    lines++;
                }
                // a word longer than a line is broken wherever it reaches the edge
                int full = (int) Math.ceil(token / usable) - 1;
                lines += full;
                line = token - full * usable;
            }
        }
        return lines;
    }

    static boolean wide(int cp) {
        // the common cases first: nothing below Hangul Jamo is wide, the CJK ideographs are
        // (looking a script up is a binary search over some 2,000 ranges, for every character)
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FEF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F   // CJK punctuation: 、。「」
                || cp >= 0xFF01 && cp <= 0xFF60   // full-width forms: （），：；
                || cp >= 0x2018 && cp <= 0x201D;  // quotation marks “”, drawn full-width in Chinese fonts
    }
}
