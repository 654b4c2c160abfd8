package cn.icpcheck.filing.compact;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Utf8} against the JDK's own conversions, which it must match exactly. */
class Utf8Test {

    @Test
    void everyCharacterAndCodePointIsEncodedAsGetBytesEncodesIt() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            // lone surrogates included: the JDK writes each as '?'
            all.appendCodePoint(cp);
        }
        // a high surrogate right before a low one is a pair, so lone ones are tried apart too
        all.append("\uD800x\uDC00\uDBFF\uDBFF\uDFFF\uDFFF");
        String text = all.toString();
        byte[] out = new byte[text.length() * 3];
        int end = Utf8.encode(text, 0, text.length(), out, 0);
        assertThat(Arrays.copyOf(out, end)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedTextDecodesToTheSameStringAsTheJdk() {
        char[] scratch = new char[8];
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String text = "a" + new String(Character.toChars(cp)) + "z";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String decoded = Utf8.decode(bytes, 0, bytes.length, scratch);
            if (!decoded.equals(text)) {
                assertThat(decoded).as("U+%X", cp).isEqualTo(text);
            }
        }
        String mixed = "北京市海淀区 Zhongguancun 1号 😀 é ß ";
        byte[] bytes = ("|" + mixed + "|").getBytes(StandardCharsets.UTF_8);
        int length = mixed.getBytes(StandardCharsets.UTF_8).length;
        assertThat(Utf8.decode(bytes, 1, length, new char[length])).isEqualTo(mixed);
        assertThat(Utf8.decode(bytes, 1, length)).isEqualTo(mixed);
        assertThat(Utf8.decode(bytes, 1, 0, scratch)).isEmpty();
    }

    @Test
    void everySequenceOfTwoOrThreeBytesDecodesAsTheJdkDecodesIt() {
        char[] scratch = new char[8];
        byte[] bytes = {'x', 0, 0, 0, 'y'};
        for (int b1 = 0x80; b1 <= 0xff; b1++) {
            for (int b2 = 0; b2 <= 0xff; b2++) {
                bytes[1] = (byte) b1;
                bytes[2] = (byte) b2;
                bytes[3] = 'y';
                assertSameAsJdk(bytes, 4, scratch);
                if (b1 >= 0xe0) {
                    for (int b3 = 0; b3 <= 0xff; b3++) {
                        bytes[3] = (byte) b3;
                        assertSameAsJdk(bytes, 5, scratch);
                    }
                }
            }
        }
    }

    @Test
    void fourByteSequencesAndTruncatedOnesDecodeAsTheJdkDecodesThem() {
        char[] scratch = new char[16];
        Random random = new Random(4);
        byte[] bytes = new byte[6];
        for (int b1 = 0xf0; b1 <= 0xff; b1++) {
            for (int b2 = 0x70; b2 <= 0xcf; b2++) {
                for (int k = 0; k < 200; k++) {
                    bytes[0] = 'x';
                    bytes[1] = (byte) b1;
                    bytes[2] = (byte) b2;
                    bytes[3] = (byte) (0x70 + random.nextInt(0x60));
                    bytes[4] = (byte) (0x70 + random.nextInt(0x60));
                    bytes[5] = 'y';
                    for (int length = 2; length <= 6; length++) {
                        assertSameAsJdk(bytes, length, scratch);
                    }
                }
            }
        }
    }

    @Test
    void randomTextsOfEveryKindOfByteDecodeAsTheJdkDecodesThem() {
        Random random = new Random(8);
        byte[][] pieces = {
                "a".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
                "中".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
                {(byte) 0x80}, {(byte) 0xc0}, {(byte) 0xe4}, {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xf0}, {(byte) 0xf0, (byte) 0x9f}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xff},
        };
        char[] scratch = new char[4];
        for (int k = 0; k < 200_000; k++) {
            byte[] bytes = new byte[400];
            int length = 0;
            int count = random.nextInt(60);
            boolean broken = random.nextInt(3) == 0;
            for (int p = 0; p < count; p++) {
                byte[] piece = pieces[random.nextInt(broken ? pieces.length : 4)];
                System.arraycopy(piece, 0, bytes, length, piece.length);
                length += piece.length;
            }
            if (scratch.length < length) {
                // the caller's scratch holds as many characters as the text has bytes
                scratch = new char[length];
            }
            assertSameAsJdk(bytes, length, scratch);
        }
    }

    @Test
    void aThreadsScratchGrowsToTheLongestText() {
        String longText = "长".repeat(5_000) + "x".repeat(3);
        byte[] bytes = longText.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode(bytes, 0, bytes.length)).isEqualTo(longText);
        byte[] room = Utf8.Scratch.of().bytes(longText.length());
        assertThat(room.length).isGreaterThanOrEqualTo(bytes.length);
        assertThat(Utf8.Scratch.of().chars(bytes.length).length).isGreaterThanOrEqualTo(bytes.length);
    }

    @Test
    void aScratchKeepsItsArraysUpTo64KAndGivesALongerTextAnArrayOfItsOwn() {
        Utf8.Scratch scratch = new Utf8.Scratch();
        char[] kept = scratch.chars(1 << 16);
        assertThat(kept.length).isGreaterThanOrEqualTo(1 << 16);
        assertThat(scratch.chars(10)).isSameAs(kept);
        assertThat(scratch.bytes(1 << 16)).isSameAs(scratch.bytes(100)).hasSizeGreaterThanOrEqualTo(3 << 16);

        char[] longer = scratch.chars((1 << 16) + 1);
        assertThat(longer).hasSize((1 << 16) + 1).isNotSameAs(kept);
        assertThat(scratch.chars((1 << 16) + 1)).isNotSameAs(longer);
        assertThat(scratch.chars(10)).isSameAs(kept);
        assertThat(scratch.bytes((1 << 16) + 1)).hasSize(3 * ((1 << 16) + 1)).isNotSameAs(scratch.bytes(100));

        String longText = "长".repeat(100_000);
        byte[] utf8 = longText.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode(utf8, 0, utf8.length, scratch.chars(utf8.length))).isEqualTo(longText);
    }

    private static void assertSameAsJdk(byte[] bytes, int length, char[] scratch) {
        String expected = new String(bytes, 0, length, StandardCharsets.UTF_8);
        String decoded = Utf8.decode(bytes, 0, length, scratch);
        if (!decoded.equals(expected)) {
            assertThat(decoded).as("bytes %s", Arrays.toString(Arrays.copyOf(bytes, length))).isEqualTo(expected);
        }
    }
}
