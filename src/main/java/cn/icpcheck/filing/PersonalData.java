package cn.icpcheck.filing;

/** Masking of personal data wherever an output shows it (outputs.md, Personal data). */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * Every character but the first 3 and the last 4 replaced by {@code *}, length kept. A number of
     * 7 characters or fewer would then show whole, so it is masked entirely.
     */
    public static String maskCertificateNo(String certNo) {
        if (certNo == null || certNo.isEmpty()) {
            return certNo;
        }
        int n = certNo.length();
        if (n <= 7) {
            return "*".repeat(n);
        }
        return certNo.substring(0, 3) + "*".repeat(n - 7) + certNo.substring(n - 4);
    }

    /**
     * The normalised mobile with its middle four digits replaced by {@code ****}
     * ({@code 138****8000}); a value shorter than 4 characters is masked entirely.
     */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.isEmpty()) {
            return mobile;
        }
        String n = MobileNumber.normalize(mobile);
        if (n.length() <= 4) {
            return "*".repeat(n.length());
        }
        int start = (n.length() - 4) / 2;
        return n.substring(0, start) + "****" + n.substring(start + 4);
    }
}
