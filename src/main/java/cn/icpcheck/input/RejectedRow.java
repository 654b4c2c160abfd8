package cn.icpcheck.input;

/**
 * An input row that takes no part in the checks, and why.
 *
 * @param column the English name of the offending column, empty when the row as a whole is bad
 * @param value  the offending cell as read, personal data masked; empty when the row as a whole is bad
 * @param detail more about the reason, in English (e.g. the expected field count), or empty
 */
public record RejectedRow(ExportFile file, int line, String column, String value, RejectReason reason,
                          String detail) {

    /** The reason as rejects.csv writes it: the phrase, then the detail after a colon. */
    public String reasonText() {
        return reason.withDetail(reason.phrase(), detail);
    }
}
