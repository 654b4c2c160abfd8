package cn.icpcheck.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ChineseCharsetAsUtf8} gives the UTF-8 of the characters Java's decoder of each character set
 * reads behind a reader.
 */
class ChineseCharsetAsUtf8Test {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Every two bytes from 0x80 0x00 to 0xFF 0xFF, each alone and each among others. */
    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "GB2312", "Big5"})
    void readsEveryPairOfBytesAsJavasDecoderDoes(String name) throws IOException {
        Charset charset = Charset.forName(name);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int first = 0x80; first <= 0xff; first++) {
            for (int second = 0; second <= 0xff; second++) {
                byte[] pair = {(byte) first, (byte) second};
                assertTranscodedAsJavaDecodes(pair, charset, 7);
                all.writeBytes(pair);
                all.write(first % 3 == 0 ? ',' : 'a');
            }
        }
        assertTranscodedAsJavaDecodes(all.toByteArray(), charset, 1 << 16);
        assertTranscodedAsJavaDecodes(all.toByteArray(), charset, 5);
    }

    /**
     * Characters of one, two and four bytes (those beyond the Basic Multilingual Plane too), and broken
     * sequences (a lead byte alone, one cut after its second byte, the separator or line end a broken
     * four-byte sequence takes into it, bytes that never start one), read one to six bytes at a time,
     * so that sequences are cut between reads.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "GB2312", "Big5"})
    void readsRandomTextWithBrokenSequencesAsJavasDecoderDoes(String name) throws IOException {
        Charset charset = Charset.forName(name);
        String[] pieces = {"a", "0", ",", "\"", "\n", "\r", " ", "中", "國", "€", "é", "・", "\uD840\uDC00",
                "\uDBFF\uDFFF", "\u0001", "\u00A4", "\uE5E5", "\uFFFD"};
        byte[][] broken = {{(byte) 0x81}, {(byte) 0xFE}, {(byte) 0x81, 0x30}, {(byte) 0x81, 0x30, (byte) 0x81},
                {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xA1}, {(byte) 0x84, 0x31, (byte) 0xA5},
                {(byte) 0xFE, 0x39, (byte) 0xFE, 0x39}, {(byte) 0x81, 0x7F}};
        Random random = new Random(20261206);
        for (int round = 0; round < 20_000; round++) {
            byte[] text = BrokenTexts.random(random, charset, pieces, broken, 30, 5);
            assertTranscodedAsJavaDecodes(text, charset, 1 + random.nextInt(6));
        }
    }

    @Test
    void readsALongFileAcrossItsChunksAsJavasDecoderDoes() throws IOException {
        Random random = new Random(20261207);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (text.size() < 600_000) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.writeBytes("主体名称,".getBytes(GB18030));
            } else if (kind < 8) {
                text.writeBytes("abc\r\n".getBytes(GB18030));
            } else if (kind == 8) {
                text.writeBytes("\uD840\uDC00".getBytes(GB18030));
            } else {
                text.write(0x81 + random.nextInt(2) * 0x7d); // a lead byte, whatever follows
            }
        }
        assertTranscodedAsJavaDecodes(text.toByteArray(), GB18030, 1 << 16);
        assertTranscodedAsJavaDecodes(text.toByteArray(), GB18030, 4093);
    }

    @Test
    void anEmptyFileAndOneEndingInACutSequence() throws IOException {
        assertTranscodedAsJavaDecodes(new byte[0], GB18030, 1);
        assertTranscodedAsJavaDecodes(new byte[] {'a', (byte) 0x81}, GB18030, 1);
        assertTranscodedAsJavaDecodes(new byte[] {'a', (byte) 0x95, 0x32, (byte) 0x82}, GB18030, 2);
        assertThat(transcode(new byte[] {'a', (byte) 0x81}, GB18030, 8)).isEqualTo("a\uFFFD".getBytes(StandardCharsets.UTF_8));
        assertThat(transcode(new byte[] {(byte) 0xD6, (byte) 0xD0, (byte) 0x95, 0x32, (byte) 0x82, 0x36}, GB18030, 8))
                .isEqualTo("中\uD840\uDC00".getBytes(StandardCharsets.UTF_8));
    }

    /** {@code read()}, a byte at a time, gives the bytes {@code read(byte[], int, int)} gives, then -1 for good. */
    @Test
    void readsOneByteAtATimeAsJavasDecoderDoes() throws IOException {
        byte[] text = {'a', (byte) 0xD6, (byte) 0xD0, (byte) 0x95, 0x32, (byte) 0x82, 0x36, (byte) 0x81, ',', '\n'};
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        try (InputStream in = new ChineseCharsetAsUtf8(new ByteArrayInputStream(text), GB18030)) {
            for (int b; (b = in.read()) >= 0; ) {
                utf8.write(b);
            }
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
        assertThat(utf8.toByteArray()).isEqualTo(readWithJava(text, GB18030).getBytes(StandardCharsets.UTF_8))
                .isEqualTo("a中\uD840\uDC00\uFFFD,\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesACharacterSetItWasNotMadeFor() {
        assertThatThrownBy(() -> new ChineseCharsetAsUtf8(InputStream.nullInputStream(), StandardCharsets.UTF_16LE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertTranscodedAsJavaDecodes(byte[] text, Charset charset, int piece) throws IOException {
        byte[] expected = readWithJava(text, charset).getBytes(StandardCharsets.UTF_8);
        assertThat(transcode(text, charset, piece))
                .as("%s in %s read %d bytes at a time", HexFormat.of().formatHex(text), charset, piece)
                .isEqualTo(expected);
    }

    /** Transcodes from a file that gives at most {@code piece} bytes a read, read as many at a time. */
    private static byte[] transcode(byte[] text, Charset charset, int piece) throws IOException {
        InputStream file = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        try (InputStream in = new ChineseCharsetAsUtf8(file, charset)) {
            byte[] buffer = new byte[piece];
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                utf8.write(buffer, 0, n);
            }
        }
        return utf8.toByteArray();
    }

    private static String readWithJava(byte[] bytes, Charset charset) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset)) {
            reader.transferTo(text);
        }
        return text.toString();
    }
}
