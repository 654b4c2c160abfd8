package cn.icpcheck.rules;

import cn.icpcheck.input.ExportFile;

import static cn.icpcheck.rules.Family.ACCESS;
import static cn.icpcheck.rules.Family.CONTACT;
import static cn.icpcheck.rules.Family.DOMAIN;
import static cn.icpcheck.rules.Family.FILING_NO;
import static cn.icpcheck.rules.Family.HOLDER;
import static cn.icpcheck.rules.Family.ID;
import static cn.icpcheck.rules.Family.ORDER;
import static cn.icpcheck.rules.Family.SERVICE;

/**
 * The 24 checks of rules.md, with their family, default severity and the optional export file
 * they need. Each is decided by the rule class of the same name (DOMAIN_EXPIRED: DomainExpiredRule).
 */
public enum RuleCode {
    DOMAIN_NOT_FOUND(DOMAIN, Severity.MEDIUM),
    DOMAIN_EXPIRED(DOMAIN, Severity.CRITICAL),
    DOMAIN_VALIDITY_SHORT(DOMAIN, Severity.HIGH),
    DOMAIN_EXPIRING_SOON(DOMAIN, Severity.LOW),
    DOMAIN_SUSPENDED(DOMAIN, Severity.HIGH),
    DOMAIN_NOT_VERIFIED(DOMAIN, Severity.HIGH),
    HOLDER_MISMATCH(HOLDER, Severity.HIGH),
    EMPTY_SERVICE_LIST(SERVICE, Severity.HIGH),
    WEBSITE_WITHOUT_DOMAIN(SERVICE, Severity.MEDIUM),
    ID_EXPIRED(ID, Severity.HIGH),
    ID_EXPIRING(ID, Severity.LOW),
    ID_TYPE_NOT_ACCEPTED(ID, Severity.HIGH),
    ID_NUMBER_INVALID(ID, Severity.MEDIUM),
    HOLDER_DEREGISTERED(ID, Severity.CRITICAL),
    NO_ACCESS_INSTANCE(ACCESS, Severity.MEDIUM, ExportFile.INSTANCES),
    INSTANCE_STALE(ACCESS, Severity.HIGH, ExportFile.INSTANCES),
    INSTANCE_OTHER_ACCOUNT(ACCESS, Severity.MEDIUM, ExportFile.INSTANCES),
    ORDER_IN_PROGRESS(ORDER, Severity.INFO, ExportFile.ORDERS),
    ORDER_OVERDUE(ORDER, Severity.MEDIUM, ExportFile.ORDERS),
    CHANGE_NOT_ALLOWED(ORDER, Severity.HIGH, ExportFile.ORDERS),
    CONTACT_MOBILE_INVALID(CONTACT, Severity.MEDIUM),
    CONTACT_EMERGENCY_SAME(CONTACT, Severity.MEDIUM),
    CONTACT_EMAIL_INVALID(CONTACT, Severity.LOW),
    FILING_NO_MALFORMED(FILING_NO, Severity.MEDIUM);

    private final Family family;
    private final Severity defaultSeverity;
    private final ExportFile requires;

    RuleCode(Family family, Severity defaultSeverity) {
        this(family, defaultSeverity, null);
    }

    RuleCode(Family family, Severity defaultSeverity, ExportFile requires) {
        this.family = family;
        this.defaultSeverity = defaultSeverity;
        this.requires = requires;
    }

    public Family family() {
        return family;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The optional export file without which the rule is skipped, or null. */
    public ExportFile requires() {
        return requires;
    }
}
