package cn.icpcheck.input;

import cn.icpcheck.filing.compact.Utf8;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A file in GB18030, GBK, GB2312 or Big5 as UTF-8: the bytes of the characters Java's decoder of its
 * character set reads from it behind a reader ({@code InputStreamReader}: a malformed or unmappable
 * sequence read as U+FFFD), without the reader. Java's GB18030 decoder and the UTF-8 encoder after it
 * (commons-io's {@code ReaderInputStream}) took 5.6 s of CPU for a million subjects' export in GB18030
 * (790 MB): its two-byte sequences went through the decoder's general loop and the encoder's slow loop
 * one character at a time.
 *
 * <p>Here a byte below 0x80 is the ASCII character it is in each of these character sets (eight such
 * bytes are copied at once), and a two-byte sequence's UTF-8 is looked up in a table of every pair
 * Java's decoder reads alone as one character ({@link #pairs}, made from that decoder once per
 * character set, so it is the running JDK's mapping: GB18030-2000 or -2022). Whatever else there is
 * (GB18030's four-byte sequences, malformed or unmappable bytes, a sequence cut by the end of what was
 * read so far) goes to Java's own decoder, a character or two at a time, from where it is. These
 * character sets are decoded without state: a sequence decodes the same wherever it starts, and where
 * the table took a pair the decoder would have taken the same two bytes as one sequence, since its
 * first two bytes say how long a sequence is. So the characters are the decoder's, one after the
 * other; {@code ChineseCharsetAsUtf8Test} holds the two to each other on every pair and on random
 * bytes with broken sequences, read in pieces of every size.
 */
final class ChineseCharsetAsUtf8 extends InputStream {

    /**
     * The character sets read this way, those of them the runtime has (on Java 17 they are in the module
     * {@code jdk.charsets}, which a runtime made with jlink may leave out).
     */
    static final Set<Charset> CHARSETS = Stream.of("GB18030", "GBK", "GB2312", "Big5")
            .filter(Charset::isSupported).map(Charset::forName).collect(Collectors.toUnmodifiableSet());
    /** The bytes read from the file at a time. */
    private static final int CHUNK = 1 << 16;
    /** Each character set's {@link #pairs}, made when a file in it is first read. */
    private static final Map<Charset, int[]> TABLES = new ConcurrentHashMap<>();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Per first byte (its value less 0x80, so that a byte read as a negative number is looked up as
     * {@code (b + 0x80) << 8}) and second byte: the UTF-8 of the character the two decode to, its bytes
     * from the lowest up and their count in the top byte; or 0 when Java's decoder does not read them
     * alone as one character of the Basic Multilingual Plane.
     */
    private final int[] pairs;
    private final InputStream in;
    private final CharsetDecoder decoder;
    /** The file's bytes not yet decoded: {@code bytes[position..limit)}. */
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    /** Room for the one or two characters Java's decoder makes at a time (a surrogate pair is two). */
    private final CharBuffer chars = CharBuffer.allocate(2);
    private boolean endOfInput;
    private boolean finished;
    /**
     * UTF-8 made and not yet read: {@code out[outNext..outEnd)}; three bytes a byte read at most, and
     * room for the eight bytes written at once past the last.
     */
    private final byte[] out = new byte[3 * CHUNK + 8];
    private int outNext;
    private int outEnd;

    /** @param charset one of {@link #CHARSETS} */
    ChineseCharsetAsUtf8(InputStream in, Charset charset) {
        if (!CHARSETS.contains(charset)) {
            throw new IllegalArgumentException(charset + " is not read this way");
        }
        this.in = in;
        this.pairs = TABLES.computeIfAbsent(charset, ChineseCharsetAsUtf8::pairs);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public int read() throws IOException {
        return hasOut() ? out[outNext++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!hasOut()) {
            return -1;
        }
        int n = Math.min(len, outEnd - outNext);
        System.arraycopy(out, outNext, b, off, n);
        outNext += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Whether UTF-8 is ready to be read, made from more of the file when none is; false at its end. */
    private boolean hasOut() throws IOException {
        while (outNext == outEnd) {
            if (finished) {
                return false;
            }
            transcode();
        }
        return true;
    }

    /** Makes the UTF-8 of as many of the bytes read as can be decoded now, reading more when needed. */
    private void transcode() throws IOException {
        if (!endOfInput && bytes.remaining() < 4) {
            readMore();
        }
        byte[] a = bytes.array();
        int i = bytes.position();
        int end = bytes.limit();
        int o = 0;
        while (i < end) {
            if (i + 8 <= end) {
                long eight = (long) LONGS.get(a, i);
                if ((eight & HIGH_BITS) == 0) { // eight ASCII bytes, as they are
                    LONGS.set(out, o, eight);
                    i += 8;
                    o += 8;
                    continue;
                }
            }
            int b = a[i];
            if (b >= 0) {
                out[o++] = (byte) b;
                i++;
                continue;
            }
            int utf8 = i + 1 < end ? pairs[(b + 0x80) << 8 | a[i + 1] & 0xff] : 0;
            if (utf8 != 0) {
                INTS.set(out, o, utf8); // the count's byte too, which the next bytes written replace
                o += utf8 >>> 24;
                i += 2;
                continue;
            }
            bytes.position(i);
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw new IllegalStateException("a decoder that replaces reported " + result);
            }
            i = bytes.position();
            if (chars.position() == 0) {
                break; // the sequence from here is cut by the end of what was read
            }
            o = encode(chars.flip(), o);
        }
        bytes.position(i);
        outNext = 0;
        outEnd = o;
        if (endOfInput && !bytes.hasRemaining()) {
            chars.clear();
            decoder.decode(bytes, chars, true); // nothing left, but the decoder must be told before its flush
            decoder.flush(chars);
            outEnd = encode(chars.flip(), outEnd);
            finished = true;
        }
    }

    /** Reads more of the file after the bytes not yet decoded; notes when it has ended. */
    private void readMore() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /**
     * What Java's decoder made (one or two characters; a surrogate pair is never split) as UTF-8, by
     * {@link Utf8#encode}: this is the rare case, for which a string is made.
     */
    private int encode(CharBuffer decoded, int o) {
        String text = decoded.toString();
        return Utf8.encode(text, 0, text.length(), out, o);
    }

    /**
     * Every two bytes from 0x80 0x00 to 0xFF 0xFF that Java's decoder reads alone as one BMP character,
     * as {@link #pairs} holds them; once it is known that the decoder reads each byte below 0x80 as the
     * ASCII character it is.
     */
    private static int[] pairs(Charset charset) {
        for (int b = 0; b < 0x80; b++) {
            if (new String(new byte[] {(byte) b}, charset).charAt(0) != b) {
                throw new IllegalStateException(charset + " does not read byte " + b + " as ASCII");
            }
        }
        int[] pairs = new int[0x80 << 8];
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] two = new byte[2];
        byte[] utf8 = new byte[3];
        for (int first = 0x80; first <= 0xff; first++) {
            for (int second = 0; second <= 0xff; second++) {
                two[0] = (byte) first;
                two[1] = (byte) second;
                try {
                    String decoded = strict.reset().decode(ByteBuffer.wrap(two)).toString();
                    char c = decoded.length() == 1 ? decoded.charAt(0) : 0;
                    if (c >= 0x80 && !Character.isSurrogate(c)) {
                        int length = Utf8.encode(decoded, 0, 1, utf8, 0);
                        int packed = length << 24;
                        for (int k = 0; k < length; k++) {
                            packed |= (utf8[k] & 0xff) << 8 * k;
                        }
                        pairs[(first - 0x80) << 8 | second] = packed;
                    }
                } catch (CharacterCodingException notOneCharacter) {
                    // left to the decoder
                }
            }
        }
        return pairs;
    }
}
