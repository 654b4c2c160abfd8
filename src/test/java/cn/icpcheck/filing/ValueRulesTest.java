package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueRulesTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @CsvSource({"2026-11-30,2026-11-30", "2026/1/5,2026-01-05", "2026-1-5,2026-01-05", "20261130,2026-11-30",
            "2024/02/29,2024-02-29"})
    void readsEveryDateFormOfTheExport(String text, LocalDate expected) {
        assertThat(ExportDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30", "2026-13-01", "2026/1-5", "26-1-5", "2026.11.30", "20261330", "tomorrow"})
    void rejectsWhatIsNotARealDateInAnExportForm(String text) {
        assertThatThrownBy(() -> ExportDates.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void longTermCertificatesNeverExpire() {
        assertThat(ExportDates.parseExpiry("长期")).isEqualTo(ExportDates.LONG_TERM);
        assertThat(ExportDates.parseExpiry(" Long-Term ")).isEqualTo(ExportDates.LONG_TERM);
        assertThat(ExportDates.parseExpiry("2030/6/1")).isEqualTo(LocalDate.of(2030, 6, 1));
    }

    @ParameterizedTest
    @CsvSource({"例子.中国,xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s,xn--fsqu00a.xn--fiqs8s",
            "XN--FSQU00A.XN--FIQS8S,xn--fsqu00a.xn--fiqs8s", " Example.COM. ,example.com", "例子。中国,xn--fsqu00a.xn--fiqs8s",
            "ＥＸＡＭＰＬＥ．ｃｏｍ,example.com"})
    void matchesDomainsInAsciiLowerCaseWithoutTrailingDot(String raw, String expected) {
        assertThat(DomainName.matchKey(raw)).isEqualTo(expected);
    }

    @Test
    void showsTheUnicodeFormOfAnIdnDomain() {
        assertThat(DomainName.unicodeForm("xn--fsqu00a.xn--fiqs8s")).isEqualTo("例子.中国");
        assertThat(DomainName.unicodeForm("example.com")).isEqualTo("example.com");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a..b", "-Abc-.COM", "A_B.com", "xn--ABC.com", "x", "Ab.c.d.e", "a b.com",
            "under_score..", "XN--FSQU00A.xn--fiqs8s", "123.45.6.7"})
    void anAsciiNameIsMatchedAsIdnWouldMatchIt(String raw) {
        String name = raw.replaceAll("\\.+$", "");
        String viaIdn;
        try {
            viaIdn = java.net.IDN.toASCII(name, java.net.IDN.ALLOW_UNASSIGNED).replaceAll("\\.+$", "").toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            viaIdn = name.toLowerCase(java.util.Locale.ROOT);
        }
        assertThat(DomainName.matchKey(raw)).isEqualTo(viaIdn);
        assertThat(DomainName.matchKey("x".repeat(64) + "." + raw)).isEqualTo(("x".repeat(64) + "." + name).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anyNameIsMatchedAsIdnWouldMatchIt() {
        String[] parts = {"例子", "中国", "公司", "ＥＸＡＭＰＬＥ", "Ab", "xn--fsqu00a", "xn--例", "-", "_", "١٢", "ß", "\u00AD",
                "\u2024", "\uFB01", "\uD83D\uDE00", "a".repeat(30), "名".repeat(25), "", " "};
        String[] dots = {".", "\u3002", "\uFF0E", "\uFF61"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int labels = 1 + random.nextInt(4), l = 0; l < labels; l++) {
                if (l > 0) {
                    raw.append(dots[random.nextInt(dots.length)]);
                }
                for (int p = 1 + random.nextInt(3), k = 0; k < p; k++) {
                    raw.append(parts[random.nextInt(parts.length)]);
                }
            }
            if (random.nextInt(5) == 0) {
                raw.append(dots[random.nextInt(dots.length)]);
            }
            String name = raw.toString().trim().replaceAll("[.\u3002\uFF0E\uFF61]+$", "");
            String viaIdn;
            try {
                viaIdn = java.net.IDN.toASCII(name, java.net.IDN.ALLOW_UNASSIGNED).replaceAll("\\.+$", "")
                        .toLowerCase(java.util.Locale.ROOT);
            } catch (IllegalArgumentException e) {
                viaIdn = name.toLowerCase(java.util.Locale.ROOT);
            }
            assertThat(DomainName.matchKey(raw.toString())).as(raw.toString()).isEqualTo(viaIdn);
        }
    }

    @Test
    void aNameThatCannotBeConvertedIsMatchedLowerCased() {
        String tooLong = "a".repeat(70) + ".com";
        assertThat(DomainName.matchKey(tooLong.toUpperCase())).isEqualTo(tooLong);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "（北京）科技有限公司|(北京) 科技有限公司",
            "Acme  Ltd|acme ltd",
            "阿卜杜拉・买买提|阿卜杜拉·买买提",
            "阿卜杜拉•买买提|阿卜杜拉·买买提",
            "阿卜杜拉‧买买提|阿卜杜拉·买买提",
            "阿卜杜拉･买买提|阿卜杜拉·买买提",
            "杭州云栈科技有限公司|杭州云栈科技有限公司\u3000"})
    void holderNamesEqualAfterNfkcSpacesMiddleDotsAndCase(String a, String b) {
        assertThat(HolderName.same(a, b)).isTrue();
    }

    @Test
    void differentHoldersStayDifferent() {
        assertThat(HolderName.same("杭州云栈科技有限公司", "杭州云栈网络有限公司")).isFalse();
    }

    @Test
    void asciiWhiteSpaceIsWhatJavaCallsWhiteSpace() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(AsciiWhiteSpace.is(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    @Test
    void aPlainNameIsMadeComparableCharacterByCharacterAsNfkcMakesIt() {
        // every character the plain path takes, alone and between others, against the definition
        StringBuilder plain = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            plain.append(c);
        }
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            plain.append(c);
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            plain.append(c);
        }
        plain.append('\u3000');
        for (int i = 0; i < plain.length(); i++) {
            String one = String.valueOf(plain.charAt(i));
            for (String name : List.of(one, "a" + one + "Z", "（北" + one + "京）", one + one)) {
                assertThat(HolderName.plainComparable(name)).as("U+%04X", (int) plain.charAt(i))
                        .isEqualTo(HolderName.normalizedComparable(name));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            char[] name = new char[1 + random.nextInt(12)];
            for (int j = 0; j < name.length; j++) {
                name[j] = plain.charAt(random.nextInt(random.nextBoolean() ? 0x80 : plain.length()));
            }
            String n = new String(name);
            assertThat(HolderName.plainComparable(n)).as(n).isEqualTo(HolderName.normalizedComparable(n));
        }
        // anything else is left to the definition
        for (String other : List.of("阿卜杜拉・买买提", "Café", "A\u00A0B", "株式会社㈱", "\uD840\uDC00公司", "·")) {
            assertThat(HolderName.plainComparable(other)).as(other).isNull();
            assertThat(HolderName.comparable(other)).isEqualTo(HolderName.normalizedComparable(other));
        }
    }

    @Test
    void anAsciiMobileLosesItsSeparatorsAsTheDefinitionRemovesThem() {
        for (char c = 0; c < 0x80; c++) {
            for (String raw : List.of(String.valueOf(c), "138" + c + "0013" + c + c + "8000", c + "+86 138")) {
                assertThat(MobileNumber.asciiWithoutSeparators(raw)).as("U+%04X", (int) c)
                        .isEqualTo(MobileNumber.withoutSeparators(raw));
            }
        }
        Random random = new Random(13);
        String usual = "0123456789 -()+\t";
        for (int i = 0; i < 200_000; i++) {
            char[] raw = new char[random.nextInt(20)];
            for (int j = 0; j < raw.length; j++) {
                raw[j] = random.nextInt(3) == 0 ? (char) random.nextInt(0x80) : usual.charAt(random.nextInt(usual.length()));
            }
            String r = new String(raw);
            assertThat(MobileNumber.asciiWithoutSeparators(r)).as(r).isEqualTo(MobileNumber.withoutSeparators(r));
        }
        for (String other : List.of("１3800138000", "138\u30000013", "138\u00A00013", "+86\u2009138")) {
            assertThat(MobileNumber.asciiWithoutSeparators(other)).as(other).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"+8613800138000,13800138000", "008613800138000,13800138000", "8613800138000,13800138000",
            "138-0013-8000,13800138000", "(+86) 138 0013 8000,13800138000", "86138001380,86138001380",
            "13800138000,13800138000", "00861380013,1380013", "0086138001380,138001380", "1380013800,1380013800",
            "138001380001,138001380001", "１3800138000,１3800138000"})
    void normalisesMobiles(String raw, String normalised) {
        assertThat(MobileNumber.normalize(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({"13800138000,true", "19912345678,true", "12800138000,false", "1380013800,false",
            "138001380001,false", "010-12345678,false"})
    void mainlandMobilesStartWith13To19AndHave11Digits(String number, boolean valid) {
        assertThat(MobileNumber.valid(MobileNumber.normalize(number))).isEqualTo(valid);
    }

    @Test
    void masksCertificateNumbersKeepingThreeAndFour() {
        assertThat(PersonalData.maskCertificateNo("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(PersonalData.maskCertificateNo("12345678")).isEqualTo("123*5678");
        assertThat(PersonalData.maskCertificateNo("1234567")).isEqualTo("*******");
    }

    @Test
    void masksTheMiddleFourDigitsOfANormalisedMobile() {
        assertThat(PersonalData.maskMobile("+86 138-0013-8000")).isEqualTo("138****8000");
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X,NONE", "11010519491231002x,NONE", "110105194912310021,CHECKSUM",
            "110105491231002,FIRST_GENERATION_ID", "1101051949123100,FORMAT", "11010519491231002A,FORMAT"})
    void checksResidentIdNumbers(String number, IdProblem expected) {
        assertThat(ResidentIdNumber.check(number, RUN)).isEqualTo(expected);
    }

    @Test
    void aResidentBornOnTheRunDateIsValidAndOneBornTheDayAfterIsNot() {
        assertThat(ResidentIdNumber.check(withCheckDigit("11010520261130001"), RUN)).isEqualTo(IdProblem.NONE);
        assertThat(ResidentIdNumber.check(withCheckDigit("11010520261201001"), RUN)).isEqualTo(IdProblem.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(withCheckDigit("11010519000101001"), RUN)).isEqualTo(IdProblem.NONE);
        assertThat(ResidentIdNumber.check(withCheckDigit("11010518991231001"), RUN)).isEqualTo(IdProblem.BIRTH_DATE);
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y43,NONE", "91350100m000100y43,NONE", "91350100M000100Y44,CHECKSUM",
            "330100000012345,PRE_2015_REGISTRATION_NO", "91350100M000100Y4,FORMAT", "91350100I000100Y43,FORMAT",
            "9135010OM000100Y43,FORMAT"})
    void checksUnifiedSocialCreditCodes(String number, IdProblem expected) {
        assertThat(UnifiedSocialCreditCode.check(number)).isEqualTo(expected);
    }

    /** Completes 17 digits with their GB 11643 check character. */
    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
