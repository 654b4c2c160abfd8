package cn.icpcheck.triage;

import java.util.Locale;

/** The staff's decision on a finding (triage.md): its code in findings.csv, and its word in the workbook. */
public enum TriageStatus {
    /** Nothing done yet: the default. */
    PENDING("status.pending"),
    /** The customer has been asked to fix it. */
    CONTACTED("status.contacted"),
    /** Staff believe it is fixed. */
    RESOLVED("status.resolved"),
    /** An accepted exception, with a reason and a review-by date. */
    WAIVED("status.not_needed");

    private final String messageKey;

    TriageStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** As findings.csv and the bulk CSV write it: {@code pending}, {@code waived}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its word in the message bundles (待处理 / Pending, …). */
    public String messageKey() {
        return messageKey;
    }
}
