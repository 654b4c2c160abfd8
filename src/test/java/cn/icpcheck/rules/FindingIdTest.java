package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FindingIdTest {

    /**
     * The spec's formula worked out another way: the hash as one big number, padded with zero bits
     * to a multiple of 5, written in base 32 by BigInteger, its digits mapped to Crockford's alphabet.
     */
    private static String reference(String... parts) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\u001F", parts).getBytes(StandardCharsets.UTF_8));
        String base32 = new BigInteger(1, hash).shiftLeft(4).toString(32);
        base32 = "0".repeat(52 - base32.length()) + base32;
        String from = "0123456789abcdefghijklmnopqrstuv";
        String to = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder crockford = new StringBuilder();
        for (char c : base32.toCharArray()) {
            crockford.append(to.charAt(from.indexOf(c)));
        }
        return "F" + crockford.substring(0, 12);
    }

    @Test
    void knownValuesComputedOutsideJava() {
        // sha256("DOMAIN_EXPIRED␟浙ICP备16023518号␟浙ICP备16023518号-1␟xn--fsqu00a.xn--fiqs8s") = 0b48a0a1d8fb8d2a…
        assertThat(FindingId.of("DOMAIN_EXPIRED", "浙ICP备16023518号", "浙ICP备16023518号-1", "xn--fsqu00a.xn--fiqs8s"))
                .isEqualTo("F1D4A18ERZE6J");
        // 0x0b48a0a1d8fb… = 00001 01101 00100 01010 00001 01000 01110 11000 11111 … = 1 D 4 A 1 8 E R Z …
        // (Crockford's alphabet skips I, L, O and U: 24 is R, 31 is Z)
        assertThat(FindingId.of(RuleCode.EMPTY_SERVICE_LIST.name(), "粤ICP备14056789号", "", ""))
                .isEqualTo("FVK3KTGJ3H0PF");
    }

    @Test
    void agreesWithTheReferenceEncodingOnKnownBytes() throws Exception {
        // all-zero and all-one prefixes exercise the ends of the alphabet
        assertThat(reference("a", "b", "c", "d")).isEqualTo(FindingId.of("a", "b", "c", "d"));
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String[] parts = new String[4];
            for (int p = 0; p < 4; p++) {
                byte[] raw = new byte[random.nextInt(12)];
                random.nextBytes(raw);
                parts[p] = HexFormat.of().formatHex(raw) + (random.nextBoolean() ? "域名" : "");
            }
            assertThat(FindingId.of(parts[0], parts[1], parts[2], parts[3])).isEqualTo(reference(parts));
        }
    }

    @Test
    void theKeyOfAFindingGivesItsId() {
        FindingKey key = new FindingKey(RuleCode.DOMAIN_EXPIRED, "浙ICP备16023518号", "浙ICP备16023518号-1",
                "xn--fsqu00a.xn--fiqs8s");
        assertThat(FindingId.of(key)).isEqualTo("F1D4A18ERZE6J");
        assertThat(FindingId.wellFormed("F1D4A18ERZE6J")).isTrue();
        assertThat(FindingId.wellFormed("F1D4A18ERZE6I")).isFalse();
        assertThat(FindingId.wellFormed("f1d4a18erze6j")).isFalse();
        assertThat(FindingId.wellFormed("F1D4A18ERZE6")).isFalse();
    }
}
