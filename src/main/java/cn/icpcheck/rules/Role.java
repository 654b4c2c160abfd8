package cn.icpcheck.rules;

import java.util.Locale;

/** Whose certificate or contact a finding is about (rules.md, Identity documents and Contacts). */
public enum Role {
    HOLDER, SUBJECT_PRINCIPAL, SERVICE_PRINCIPAL;

    /** The finding's object: {@code holder}, {@code subject_principal}, {@code service_principal}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
