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

    public static boolean same(String a, String b) {
        return a.equals(b) || comparable(a).equals(comparable(b));
    }
}
