package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An enumerated cell is matched by its Chinese or English word, trimmed, in any case (inputs.md). */
class VocabularyTest {

    @Test
    void aWordAsWrittenTrimmedOrInAnyCaseNamesItsValue() {
        assertThat(CertificateType.recognise("居民身份证")).contains(CertificateType.RESIDENT_ID);
        assertThat(CertificateType.recognise(" 临时居民身份证\t")).contains(CertificateType.TEMPORARY_ID);
        assertThat(CertificateType.recognise("resident-id")).contains(CertificateType.RESIDENT_ID);
        assertThat(CertificateType.recognise(" Business-License ")).contains(CertificateType.BUSINESS_LICENSE);
        assertThat(CertificateType.recognise("USCC-CERTIFICATE")).contains(CertificateType.USCC_CERTIFICATE);
    }

    @Test
    void everyWordOfEveryVocabularyNamesItsOwnValueAndNoOther() {
        List<Class<? extends Enum<?>>> vocabularies = List.of(CertificateType.class, ChangedField.class, HolderType.class,
                InstanceStatus.class, OrderStatus.class, OrderType.class, RealNameVerified.class, RegistrationStatus.class,
                ServiceStatus.class, ServiceType.class, SubjectStatus.class);
        int words = 0;
        for (Class<? extends Enum<?>> type : vocabularies) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (String word : ((Vocabulary) constant).words()) {
                    String upper = word.toUpperCase(Locale.ROOT);
                    assertThat(List.of(word, " " + upper + "\t", new String(word.toCharArray())))
                            .allSatisfy(text -> assertThat(find(type, text)).as("%s in %s", text, type).isSameAs(constant));
                    assertThat(find(type, word + "x")).as("%sx in %s", word, type).isNull();
                    assertThat(find(type, word.substring(1))).as("%s without its first character", word).isNull();
                    words++;
                }
            }
        }
        assertThat(words).isGreaterThan(60);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object find(Class<? extends Enum<?>> type, String text) {
        return Vocabulary.find((Class) type, text);
    }

    @Test
    void anythingElseNamesNoValue() {
        assertThat(CertificateType.recognise("户口本")).isEmpty();
        assertThat(CertificateType.recognise("resident id")).isEmpty();
        assertThat(CertificateType.recognise("")).isEmpty();
        assertThat(CertificateType.recognise(null)).isEmpty();
    }
}
