package cn.icpcheck.filing;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident identity number of GB 11643, checked with ISO 7064 MOD 11-2. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** What is wrong with a number, or {@link IdProblem#NONE}; the birth date must lie in 1900-01-01..runDate. */
    public static IdProblem check(String number, LocalDate runDate) {
        if (number.length() == 15 && allDigits(number, 15)) {
            return IdProblem.FIRST_GENERATION_ID;
        }
        if (number.length() != 18 || !allDigits(number, 17)) {
            return IdProblem.FORMAT;
        }
        char last = Character.toUpperCase(number.charAt(17));
        if (last != 'X' && (last < '0' || last > '9')) {
            return IdProblem.FORMAT;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK_CHARACTERS.charAt(sum % 11) != last) {
            return IdProblem.CHECKSUM;
        }
        try {
            LocalDate birth = LocalDate.of(digits(number, 6, 10), digits(number, 10, 12), digits(number, 12, 14));
            if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(runDate)) {
                return IdProblem.BIRTH_DATE;
            }
        } catch (DateTimeException e) {
            return IdProblem.BIRTH_DATE;
        }
        return IdProblem.NONE;
    }

    /** The number written by characters from..to, all digits. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
