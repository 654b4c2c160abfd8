package cn.icpcheck.filing;

import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Domain names as the checks match them (inputs.md): trimmed, lower case, no trailing dot, and in
 * ASCII (IDNA ToASCII), so that {@code 例子.中国} and {@code xn--fsqu00a.xn--fiqs8s} are one domain.
 */
public final class DomainName {

    private static final int MAX_LABEL_LENGTH = 63;
    /**
     * Non-ASCII labels converted before; bounded, since most labels (the names themselves) occur
     * once, and kept while it has room: the repeated ones, top-level domains, come early.
     */
    private static final Map<String, String> ASCII_LABELS = new ConcurrentHashMap<>();
    private static final int CACHED_LABELS = 1024;

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
            return stripTrailingDot(toAscii(name)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notConvertible) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code IDN.toASCII(name, ALLOW_UNASSIGNED)} label by label, as IDN itself converts them, so
     * that a label seen before (a top-level domain such as {@code 中国}) need not be converted again.
     */
    private static String toAscii(String name) {
        StringBuilder ascii = new StringBuilder(name.length() + 16);
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isDot(name.charAt(i))) {
                if (i == start) {
                    throw new IllegalArgumentException("empty label in " + name);
                }
                if (start > 0) {
                    ascii.append('.');
                }
                ascii.append(asciiLabel(name.substring(start, i)));
                start = i + 1;
            }
        }
        return ascii.toString();
    }

    private static String asciiLabel(String label) {
        if (isAscii(label)) {
            // what IDN does with an ASCII label: keeps it, unless it is too long
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new IllegalArgumentException("label too long: " + label);
            }
            return label;
        }
        String ascii = ASCII_LABELS.get(label);
        if (ascii == null) {
            ascii = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            if (ASCII_LABELS.size() < CACHED_LABELS) {
                ASCII_LABELS.put(label, ascii);
            }
        }
        return ascii;
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

    /** True when a name has no character beyond ASCII. */
    static boolean isAscii(String name) {
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
