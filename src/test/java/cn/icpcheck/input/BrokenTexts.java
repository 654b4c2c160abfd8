package cn.icpcheck.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Random;

/** Random texts in a character set with byte sequences broken in it, for tests that hold a reader to Java's decoder. */
final class BrokenTexts {

    private BrokenTexts() {
    }

    /**
     * Up to {@code mostPieces - 1} pieces one after the other: one in {@code oneInBroken} a broken
     * sequence as it is, the others a piece of text in {@code charset}.
     */
    static byte[] random(Random random, Charset charset, String[] pieces, byte[][] broken, int mostPieces,
                         int oneInBroken) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = random.nextInt(mostPieces); i > 0; i--) {
            if (random.nextInt(oneInBroken) == 0) {
                text.writeBytes(broken[random.nextInt(broken.length)]);
            } else {
                text.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(charset));
            }
        }
        return text.toByteArray();
    }
}
