package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;

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
    void anythingElseNamesNoValue() {
        assertThat(CertificateType.recognise("户口本")).isEmpty();
        assertThat(CertificateType.recognise("resident id")).isEmpty();
        assertThat(CertificateType.recognise("")).isEmpty();
        assertThat(CertificateType.recognise(null)).isEmpty();
    }
}
