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
    private static final String ACE_PREFIX = "xn--";
    private static final int PUNYCODE_BASE = 36;
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
            ascii = chineseLabelToAscii(label);
            if (ascii == null) {
                ascii = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            }
            if (ASCII_LABELS.size() < CACHED_LABELS) {
                ASCII_LABELS.put(label, ascii);
            }
        }
        return ascii;
    }

    /**
     * What {@code IDN.toASCII(label, ALLOW_UNASSIGNED)} gives for a label of Chinese ideographs, ASCII
     * letters, digits and hyphens, without IDN's own work for it; null for any other label, and for one
     * IDN rejects (it starts with the ACE prefix, or comes out longer than 63), which IDN then converts
     * or rejects itself. Such a label, nearly every IDN label of an export, is what nameprep leaves as
     * it is but for its capitals: the CJK Unified Ideographs U+4E00–U+9FA5 are assigned in the Unicode
     * 3.2 of IDNA's tables, stable under NFKC, neither mapped nor prohibited, and written left to right.
     * What is left is Punycode (RFC 3492, section 6.3) and the ACE prefix. IDN took 1.3 s of CPU at a
     * million subjects, 262,000 of them with an IDN domain (its nameprep and Punycode work in
     * synchronised {@code StringBuffer}s, a character at a time); {@code DomainNameTest} holds this to
     * IDN on every ideograph of the range and on mixed labels.
     */
    static String chineseLabelToAscii(String label) {
        int length = label.length();
        // Punycode's output is longer than its input: a longer label is too long for IDN
        if (length == 0 || length > MAX_LABEL_LENGTH - ACE_PREFIX.length()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(MAX_LABEL_LENGTH + 1).append(ACE_PREFIX);
        int basic = 0;
        for (int i = 0; i < length; i++) {
            char c = label.charAt(i);
            if (c < 0x80) {
                c = Character.toLowerCase(c);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return null;
                }
                ascii.append(c);
                basic++;
            } else if (c < '\u4E00' || c > '\u9FA5') {
                return null;
            }
        }
        if (basic == length || label.regionMatches(true, 0, ACE_PREFIX, 0, ACE_PREFIX.length())) {
            return null;
        }
        if (basic > 0) {
            ascii.append('-');
        }
        int next = 0x80;
        int delta = 0;
        int bias = 72;
        for (int handled = basic; handled < length; next++) {
            int smallest = Character.MAX_VALUE;
            for (int i = 0; i < length; i++) {
                char c = label.charAt(i);
                if (c >= next && c < smallest) {
                    smallest = c;
                }
            }
            // at most 59 characters below U+9FA6: no overflow
            delta += (smallest - next) * (handled + 1);
            next = smallest;
            for (int i = 0; i < length; i++) {
                char c = label.charAt(i);
                if (c < next) {
                    delta++;
                } else if (c == next) {
                    int q = delta;
                    for (int k = PUNYCODE_BASE; ; k += PUNYCODE_BASE) {
                        int t = k <= bias ? 1 : Math.min(k - bias, 26);
                        if (q < t) {
                            break;
                        }
                        ascii.append(punycodeDigit(t + (q - t) % (PUNYCODE_BASE - t)));
                        q = (q - t) / (PUNYCODE_BASE - t);
                    }
                    ascii.append(punycodeDigit(q));
                    bias = punycodeBias(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
        }
        return ascii.length() > MAX_LABEL_LENGTH ? null : ascii.toString();
    }

    private static char punycodeDigit(int digit) {
        return (char) (digit < 26 ? 'a' + digit : '0' + digit - 26);
    }

    /** RFC 3492's bias adaptation (section 6.1), with its parameters: base 36, t 1–26, skew 38, damp 700. */
    private static int punycodeBias(int delta, int points, boolean first) {
        int d = first ? delta / 700 : delta / 2;
        d += d / points;
        int k = 0;
        while (d > (PUNYCODE_BASE - 1) * 26 / 2) {
            d /= PUNYCODE_BASE - 1;
            k += PUNYCODE_BASE;
        }
        return k + PUNYCODE_BASE * d / (d + 38);
    }

    /** The Unicode form of a matched name, for people to read; the name itself when it has no IDN label. */
    public static String unicodeForm(String matchKey) {
        if (!matchKey.contains(ACE_PREFIX)) {
            return matchKey;
        }
        String chinese = chineseUnicodeForm(matchKey);
        if (chinese != null) {
            return chinese;
        }
        try {
            return IDN.toUnicode(matchKey, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return matchKey;
        }
    }

    /**
     * What {@code IDN.toUnicode(name, ALLOW_UNASSIGNED)} gives for a name of ASCII labels, each either
     * kept as it is (no ACE prefix) or the ACE form of a label {@link #chineseLabelToAscii} converts,
     * without IDN's own work for it; null for any other name, which IDN then converts itself. Such a
     * label is decoded (Punycode, RFC 3492, section 6.2) and kept only if converting it back gives the
     * label exactly: what IDN checks before it gives a decoded label (it converts back with
     * {@code toASCII}, which {@link #chineseLabelToAscii} is held to). IDN did this a character at a
     * time in synchronised {@code StringBuffer}s for every domain finding of the workbook, and had its
     * Punycode compiled by C2 for that alone. {@code DomainNameTest} holds this to IDN.
     */
    static String chineseUnicodeForm(String name) {
        StringBuilder unicode = new StringBuilder(name.length());
        int start = 0;
        for (int end = 0; end <= name.length(); end++) {
            if (end < name.length() && name.charAt(end) != '.') {
                continue;
            }
            String label = name.substring(start, end);
            if (label.isEmpty() || !isAscii(label)) {
                return null;
            }
            if (start > 0) {
                unicode.append('.');
            }
            if (label.regionMatches(true, 0, ACE_PREFIX, 0, ACE_PREFIX.length())) {
                String decoded = punycodeToChinese(label, ACE_PREFIX.length());
                String again = decoded == null ? null : chineseLabelToAscii(decoded);
                if (again == null || !again.equalsIgnoreCase(label)) {
                    return null;
                }
                unicode.append(decoded);
            } else {
                unicode.append(label);
            }
            start = end + 1;
        }
        return unicode.toString();
    }

    /**
     * The label whose Punycode is {@code ascii} from {@code from} on (RFC 3492, section 6.2), or null
     * when that is not Punycode, or decodes to any character but the ideographs
     * {@link #chineseLabelToAscii} takes (and the ASCII before the last hyphen, copied as it is).
     */
    private static String punycodeToChinese(String ascii, int from) {
        int delimiter = ascii.lastIndexOf('-');
        int basic = Math.max(0, delimiter - from);
        char[] label = new char[ascii.length()];
        ascii.getChars(from, from + basic, label, 0);
        int length = basic;
        int next = 0x80;
        int bias = 72;
        int i = 0;
        for (int in = basic > 0 ? delimiter + 1 : from; in < ascii.length(); ) {
            int before = i;
            int weight = 1;
            for (int k = PUNYCODE_BASE; ; k += PUNYCODE_BASE) {
                if (in == ascii.length()) {
                    return null;
                }
                int digit = punycodeValue(ascii.charAt(in++));
                // a label is at most 63 characters, and an ideograph below U+9FA6: far below overflow
                if (digit < 0 || weight > 0xFFFFFF) {
                    return null;
                }
                i += digit * weight;
                int t = k <= bias ? 1 : Math.min(k - bias, 26);
                if (digit < t) {
                    break;
                }
                weight *= PUNYCODE_BASE - t;
            }
            if (i < 0 || i > 0xFFFFFF || length == label.length) {
                return null;
            }
            bias = punycodeBias(i - before, length + 1, before == 0);
            next += i / (length + 1);
            i %= length + 1;
            if (next < '\u4E00' || next > '\u9FA5') {
                return null;
            }
            System.arraycopy(label, i, label, i + 1, length - i);
            label[i++] = (char) next;
            length++;
        }
        return new String(label, 0, length);
    }

    /** A Punycode digit's value (either case), or -1. */
    private static int punycodeValue(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c >= '0' && c <= '9' ? c - '0' + 26 : -1;
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
