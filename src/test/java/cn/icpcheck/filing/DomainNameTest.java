package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;

import java.net.IDN;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DomainName#chineseLabelToAscii} and {@link DomainName#chineseUnicodeForm}, the ways round IDN for
 * Chinese labels, held to IDN itself.
 */
class DomainNameTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

    @Test
    void everyIdeographOfTheRangeAloneAndBesideAsciiIsConvertedAsIdnConvertsIt() {
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            for (String label : new String[] {String.valueOf(c), c + "x", "A-" + c + c + "9", "例子" + c}) {
                String expected = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
                String converted = DomainName.chineseLabelToAscii(label);
                if (!expected.equals(converted)) {
                    assertThat(converted).as("%s (U+%04X)", label, (int) c).isEqualTo(expected);
                }
            }
        }
        assertThat(DomainName.chineseLabelToAscii("例子")).isEqualTo("xn--fsqu00a");
        assertThat(DomainName.chineseLabelToAscii("中国")).isEqualTo("xn--fiqs8s");
    }

    @Test
    void randomLabelsOfIdeographsLettersDigitsAndHyphensAreConvertedAsIdnConvertsThem() {
        Random random = new Random(10);
        int converted = 0;
        for (int k = 0; k < 100_000; k++) {
            String text = randomLabel(random, 1 + random.nextInt(k % 10 == 0 ? 70 : 20));
            String fast = DomainName.chineseLabelToAscii(text);
            String viaIdn;
            try {
                viaIdn = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException rejected) {
                // too long for IDN: left to IDN, which rejects it
                assertThat(fast).as(text).isNull();
                continue;
            }
            if (fast != null) {
                converted++;
                if (!fast.equals(viaIdn)) {
                    assertThat(fast).as(text).isEqualTo(viaIdn);
                }
            } else {
                // a label IDN takes is left to it only when it is ASCII (kept as it is before this)
                assertThat(text.chars().allMatch(c -> c < 0x80)).as(text).isTrue();
            }
        }
        assertThat(converted).isGreaterThan(85_000);
    }

    @Test
    void anyOtherLabelIsLeftToIdn() {
        for (String label : new String[] {
                "ascii", "例子.中国", "例子_1", "例 子", "㐀例", "龦", "例子ア", "例子é", "例子Ａ", "例子😀", "xn--例子", "XN--例子", ""}) {
            assertThat(DomainName.chineseLabelToAscii(label)).as(label).isNull();
        }
    }

    @Test
    void matchKeysOfChineseNamesAreIdnsOwn() {
        assertThat(DomainName.matchKey("例子.中国")).isEqualTo("xn--fsqu00a.xn--fiqs8s");
        assertThat(DomainName.matchKey(" WWW.例子Abc.中国。")).isEqualTo(IDN.toASCII("www.例子abc.中国", IDN.ALLOW_UNASSIGNED));
        String longest = "例".repeat(19);
        assertThat(DomainName.matchKey(longest + ".cn")).isEqualTo(IDN.toASCII(longest, IDN.ALLOW_UNASSIGNED) + ".cn");
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            distinct.append((char) ('\u4E00' + 37 * i));
        }
        String tooLong = distinct.toString();
        assertThat(DomainName.chineseLabelToAscii(tooLong)).isNull();
        assertThatThrownBy(() -> IDN.toASCII(tooLong, IDN.ALLOW_UNASSIGNED)).isInstanceOf(IllegalArgumentException.class);
        // as before: a name IDN cannot convert is matched as written, in lower case
        assertThat(DomainName.matchKey(tooLong + ".CN")).isEqualTo(tooLong + ".cn");
    }

    @Test
    void everyIdeographOfTheRangeComesBackInItsUnicodeFormAsIdnGivesIt() {
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            for (String name : new String[] {c + ".cn", "www.a-" + c + c + "9.中国", "例子" + c + ".xn--fiqs8s"}) {
                String key = DomainName.matchKey(name);
                String expected = IDN.toUnicode(key, IDN.ALLOW_UNASSIGNED);
                String fast = DomainName.chineseUnicodeForm(key);
                if (!expected.equals(fast)) {
                    assertThat(fast).as("%s (U+%04X)", key, (int) c).isEqualTo(expected);
                }
            }
        }
        assertThat(DomainName.unicodeForm("www.xn--fsqu00a.xn--fiqs8s")).isEqualTo("www.例子.中国");
        assertThat(DomainName.unicodeForm(DomainName.matchKey("abc例子.cn"))).isEqualTo("abc例子.cn");
    }

    @Test
    void randomNamesComeBackInTheUnicodeFormIdnGives() {
        Random random = new Random(11);
        int fastOnes = 0;
        for (int k = 0; k < 100_000; k++) {
            StringBuilder name = new StringBuilder();
            int labels = 1 + random.nextInt(3);
            for (int l = 0; l < labels; l++) {
                if (l > 0) {
                    name.append('.');
                }
                name.append(randomLabel(random, 1 + random.nextInt(k % 10 == 0 ? 40 : 12)));
            }
            String key = DomainName.matchKey(name.toString());
            String fast = DomainName.chineseUnicodeForm(key);
            String expected = IDN.toUnicode(key, IDN.ALLOW_UNASSIGNED);
            if (fast != null) {
                fastOnes++;
                if (!fast.equals(expected)) {
                    assertThat(fast).as(key).isEqualTo(expected);
                }
            }
            if (!DomainName.unicodeForm(key).equals(expected)) {
                assertThat(DomainName.unicodeForm(key)).as(key).isEqualTo(expected);
            }
        }
        assertThat(fastOnes).isGreaterThan(90_000);
    }

    @Test
    void anyAceLabelIsGivenAsIdnGivesItWhateverFollowsThePrefix() {
        // random text after the prefix: mostly not Punycode, or Punycode of other characters, or not as
        // IDN writes it (capitals, a leading hyphen); the Unicode form is IDN's in every case
        Random random = new Random(12);
        String digits = "abcdefghijklmnopqrstuvwxyz0123456789-ABCXYZ";
        for (int k = 0; k < 100_000; k++) {
            StringBuilder label = new StringBuilder(random.nextBoolean() ? "xn--" : "XN--");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                label.append(digits.charAt(random.nextInt(digits.length())));
            }
            String name = label + (random.nextBoolean() ? ".cn" : "");
            String expected;
            try {
                expected = IDN.toUnicode(name, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                expected = name;
            }
            String fast = DomainName.chineseUnicodeForm(name);
            if (fast != null && !fast.equals(expected)) {
                assertThat(fast).as(name).isEqualTo(expected);
            }
            // a matched name is in lower case: unicodeForm looks for the prefix in lower case only
            String unicode = DomainName.unicodeForm(name);
            if (!unicode.equals(name.startsWith("xn--") ? expected : name)) {
                assertThat(unicode).as(name).isEqualTo(name.startsWith("xn--") ? expected : name);
            }
        }
    }

    @Test
    void namesOtherThanAsciiLabelsAndChineseAceLabelsAreLeftToIdn() {
        for (String name : new String[] {
                "xn--eckwd4c7c.jp", "xn--", "xn---", "xn---fsqu00a", "a..xn--fsqu00a", "xn--fsqu00a.", ".xn--fsqu00a",
                "xn--fsqu00a.例子", "xn--fsqu00a.xn--zz", "xn--abc"}) {
            assertThat(DomainName.chineseUnicodeForm(name)).as(name).isNull();
            assertThat(DomainName.unicodeForm(name)).as(name).isEqualTo(IDN.toUnicode(name, IDN.ALLOW_UNASSIGNED));
        }
        // IDN accepts capitals in an ACE label, and so does this
        assertThat(DomainName.chineseUnicodeForm("XN--FSQU00A.cn")).isEqualTo(IDN.toUnicode("XN--FSQU00A.cn"))
                .isEqualTo("例子.cn");
        assertThat(DomainName.unicodeForm("plain.example.com")).isEqualTo("plain.example.com");
    }

    /** A label of this length: a third ASCII letters, digits and hyphens, the rest ideographs of the range. */
    private static String randomLabel(Random random, int length) {
        StringBuilder label = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            label.append(random.nextInt(3) == 0
                    ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                    : (char) ('\u4E00' + random.nextInt(0x9FA6 - 0x4E00)));
        }
        return label.toString();
    }
}
