package cn.icpcheck.filing;

import java.net.IDN;
import java.util.Locale;

/**
 * Domain names as the checks match them (inputs.md): trimmed, lower case, no trailing dot, and in
 * ASCII (IDNA ToASCII), so that {@code 例子.中国} and {@code xn--fsqu00a.xn--fiqs8s} are one domain.
 */
public final class DomainName {

    private DomainName() {
    }

    public static String matchKey(String raw) {
        String name = stripTrailingDot(raw.trim());
        if (isAscii(name)) {
            // IDN.toASCII leaves an ASCII name as it is (or rejects it, and the fallback below is the
            // same): only the lower-casing remains, without IDN's per-label copies
            return name.toLowerCase(Locale.ROOT);
        }
        try {
            return stripTrailingDot(IDN.toASCII(name, IDN.ALLOW_UNASSIGNED)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notConvertible) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** The Unicode form of a matched name, for people to read; the name itself when it has no IDN label. */
    public static String unicodeForm(String matchKey) {
        if (!matchKey.contains("xn--")) {
            return matchKey;
        }
        try {
            return IDN.toUnicode(matchKey, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return matchKey;
        }
    }

    private static String stripTrailingDot(String name) {
        String n = name;
        while (!n.isEmpty() && isDot(n.charAt(n.length() - 1))) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';
    }
}
