package cn.icpcheck.filing;

import java.util.Locale;

/** The 18-character unified social credit code of GB 32100, with its check character. */
public final class UnifiedSocialCreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** What is wrong with a number, or {@link IdProblem#NONE}. Letters are compared in upper case. */
    public static IdProblem check(String number) {
        String code = number.toUpperCase(Locale.ROOT);
        if (code.length() == 15 && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return IdProblem.PRE_2015_REGISTRATION_NO;
        }
        if (code.length() != 18 || !code.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
            return IdProblem.FORMAT;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARACTERS.charAt(check) == code.charAt(17) ? IdProblem.NONE : IdProblem.CHECKSUM;
    }
}
