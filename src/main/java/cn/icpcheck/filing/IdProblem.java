package cn.icpcheck.filing;

import java.util.Locale;

/** What makes a certificate number invalid; the finding's detail says which. */
public enum IdProblem {
    NONE,
    /** A 15-digit first-generation resident card, no longer valid. */
    FIRST_GENERATION_ID,
    /** A 15-digit business registration number, replaced by the credit code since 2015. */
    PRE_2015_REGISTRATION_NO,
    /** Wrong length or characters. */
    FORMAT,
    /** The check character does not hold (for a credit code: the number needs review). */
    CHECKSUM,
    /** Characters 7–14 of a resident id are not a birth date between 1900-01-01 and the run date. */
    BIRTH_DATE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
