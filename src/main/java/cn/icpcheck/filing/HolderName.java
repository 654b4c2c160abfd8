package cn.icpcheck.filing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of an organisation or person name, {@code name(x)} of rules.md: NFKC, white
 * space removed, middle-dot variants made {@code ·}, lower case. So {@code （北京）科技有限公司} equals
 * {@code (北京) 科技有限公司}.
 */
public final class HolderName {

    private HolderName() {
    }

    public static String comparable(String name) {
        String plain = plainComparable(name);
        return plain != null ? plain : normalizedComparable(name);
    }

    public static boolean same(String a, String b) {
        return a.equals(b) || comparable(a).equals(comparable(b));
    }

    /** The comparable form by the definition: Java's NFKC, then white space, middle dots and case. */
    static String normalizedComparable(String name) {
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            switch (cp) {
                case '\u30FB', '\u2022', '\u2027', '\uFF65' -> out.append('\u00B7');
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The comparable form of a name written in ASCII, CJK unified ideographs (U+4E00-U+9FFF), the
     * full-width forms of ASCII (U+FF01-U+FF5E) and the ideographic space, character by character (the
     * usual holder name; every website's domains are compared with it): NFKC leaves ASCII and those
     * ideographs as they are, makes a full-width form its ASCII character and the ideographic space a
     * space, and none of them combines with the next. Null for a name with any other character, left
     * to {@link #normalizedComparable}.
     */
    static String plainComparable(String name) {
        char[] out = new char[name.length()];
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                continue;
            } else if (c >= 0x80 && (c < '\u4E00' || c > '\u9FFF')) {
                return null;
            }
            if (AsciiWhiteSpace.is(c)) {
                continue;
            }
            out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out, 0, n);
    }
}
