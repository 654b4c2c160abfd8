package cn.icpcheck.filing;

import java.util.Optional;

/**
 * The certificate types the identity rules recognise. The column is free text: any other value
 * is left unchecked and is never a reason to reject a row.
 */
public enum CertificateType implements Vocabulary {
    RESIDENT_ID("居民身份证", "resident-id"),
    BUSINESS_LICENSE("营业执照", "business-license"),
    USCC_CERTIFICATE("统一社会信用代码证书", "uscc-certificate"),
    HOUSEHOLD_REGISTER("户口簿", "household-register"),
    TEMPORARY_ID("临时居民身份证", "temporary-id");

    private final String[] words;

    CertificateType(String... words) {
        this.words = words;
    }

    public static Optional<CertificateType> recognise(String text) {
        return Vocabulary.lookup(CertificateType.class, text);
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
