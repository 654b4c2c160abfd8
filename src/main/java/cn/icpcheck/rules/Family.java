package cn.icpcheck.rules;

import java.util.Locale;

/** The group a rule belongs to: a sheet of the workbook and the {@code family} column of findings.csv. */
public enum Family {
    DOMAIN, HOLDER, SERVICE, ID, ACCESS, ORDER, CONTACT, FILING_NO;

    /** As findings.csv writes it: {@code domain}, {@code filing_no}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
