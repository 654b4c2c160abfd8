package cn.icpcheck.filing.compact;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 to and from strings without the garbage of Java 17's own conversions, for the places that
 * convert millions of short texts a night: the export's cells, the registries' keys and texts, the
 * workbooks' sheets. Each gives exactly what the JDK gives.
 *
 * <ul>
 *   <li>{@code new String(bytes, UTF_8)} makes a text beyond Latin-1 in three arrays: one of its bytes'
 *       length for a Latin-1 attempt, one of twice its bytes' length to decode into, and the string's
 *       own, copied from that (11 bytes of garbage for each Chinese character). {@link #decode} decodes
 *       into a caller's scratch array and makes the string from it: 3 bytes per character.</li>
 *   <li>{@code String.getBytes(UTF_8)} encodes into an array of three bytes a character and copies what
 *       it used into the result. {@link #encode} encodes into the caller's array.</li>
 * </ul>
 *
 * <p>{@link Scratch} holds the arrays: each thread's own, for callers that cannot keep them.
 */
public final class Utf8 {

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Utf8() {
    }

    /**
     * The characters of {@code bytes[from..from+length)} read as UTF-8, the same string as
     * {@code new String(bytes, from, length, UTF_8)}: a well-formed text is decoded here into
     * {@code scratch}, which must hold {@code length} characters; a text with a byte sequence that is
     * not well-formed UTF-8 (a malformed, overlong, truncated or surrogate sequence) is left to the JDK,
     * which replaces each such sequence as its decoder does.
     */
    public static String decode(byte[] bytes, int from, int length, char[] scratch) {
        int end = from + length;
        int i = from;
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        if (i == end) {
            // ASCII: the string's own bytes in one copy, as the JDK would make them
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        int n = 0;
        for (int k = from; k < i; k++) {
            scratch[n++] = (char) bytes[k];
        }
        while (i < end) {
            int b1 = bytes[i];
            if (b1 >= 0) {
                scratch[n++] = (char) b1;
                i++;
            } else if (b1 >= (byte) 0xc2 && b1 <= (byte) 0xdf && i + 1 < end && isContinuation(bytes[i + 1])) {
                scratch[n++] = (char) ((b1 & 0x1f) << 6 | bytes[i + 1] & 0x3f);
                i += 2;
            } else if ((b1 & 0xf0) == 0xe0 && i + 2 < end && isContinuation(bytes[i + 1])
                    && isContinuation(bytes[i + 2])) {
                char c = (char) ((b1 & 0x0f) << 12 | (bytes[i + 1] & 0x3f) << 6 | bytes[i + 2] & 0x3f);
                // overlong (below U+0800) or a surrogate: not well-formed
                if (c < 0x800 || Character.isSurrogate(c)) {
                    return new String(bytes, from, length, StandardCharsets.UTF_8);
                }
                scratch[n++] = c;
                i += 3;
            } else if ((b1 & 0xf8) == 0xf0 && i + 3 < end && isContinuation(bytes[i + 1])
                    && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3])) {
                int cp = (b1 & 0x07) << 18 | (bytes[i + 1] & 0x3f) << 12 | (bytes[i + 2] & 0x3f) << 6
                        | bytes[i + 3] & 0x3f;
                // overlong (below U+10000) or beyond Unicode: not well-formed
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT || cp > Character.MAX_CODE_POINT) {
                    return new String(bytes, from, length, StandardCharsets.UTF_8);
                }
                scratch[n++] = Character.highSurrogate(cp);
                scratch[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return new String(bytes, from, length, StandardCharsets.UTF_8);
            }
        }
        return new String(scratch, 0, n);
    }

    /** {@link #decode(byte[], int, int, char[])} with this thread's scratch array. */
    public static String decode(byte[] bytes, int from, int length) {
        return decode(bytes, from, length, Scratch.of().chars(length));
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xc0) == 0x80;
    }

    /**
     * {@code text[from..to)} encoded to UTF-8 into {@code out} from {@code at}, which has room for three
     * bytes a character; returns where the bytes end. The same bytes as {@code String.getBytes(UTF_8)}:
     * a surrogate without its pair as {@code ?}, so a pair must not be split between two calls.
     */
    public static int encode(String text, int from, int to, byte[] out, int at) {
        int i = from;
        int o = at;
        while (i < to) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[o++] = (byte) (0xe0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[o++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(text.charAt(i))) {
                int cp = Character.toCodePoint(c, text.charAt(i++));
                out[o++] = (byte) (0xf0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[o++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[o++] = '?';
            }
        }
        return o;
    }

    /**
     * Scratch arrays for one thread at a time, grown to the longest text they took up to
     * {@value #LONGEST_KEPT} characters: a thread's own ({@link #of}), or one kept by an object that a
     * single thread uses (a registry's writer, a file's reader). A longer text, which no cell or key
     * should be (a line handed whole to opencsv's parser may), gets an array of its own, not kept, so
     * that a scratch never stays as large as the longest text it ever saw.
     */
    public static final class Scratch {
        private static final int LONGEST_KEPT = 1 << 16;

        private char[] chars = new char[0];
        private byte[] bytes = new byte[0];

        /** This thread's. */
        static Scratch of() {
            return SCRATCH.get();
        }

        /** Room for {@code length} characters. */
        public char[] chars(int length) {
            if (chars.length < length) {
                if (length > LONGEST_KEPT) {
                    return new char[length];
                }
                chars = new char[Math.max(length, Math.max(64, chars.length * 2))];
            }
            return chars;
        }

        /** Room for the UTF-8 of {@code length} characters. */
        byte[] bytes(int length) {
            int needed = length * 3;
            if (bytes.length < needed) {
                if (length > LONGEST_KEPT) {
                    return new byte[needed];
                }
                bytes = new byte[Math.max(needed, Math.max(192, bytes.length * 2))];
            }
            return bytes;
        }
    }
}
