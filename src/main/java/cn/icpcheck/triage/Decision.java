package cn.icpcheck.triage;

import java.time.LocalDate;

/**
 * A decision on a finding as it stands.
 *
 * @param note      empty when none
 * @param reviewBy  a waiver's review-by date; null for the other statuses
 * @param decidedBy who decided
 * @param decidedOn the business date (run date) of the import that applied it
 * @param revision  the audit row that set it: what a workbook remembers it was written with; 0 for none
 */
public record Decision(TriageStatus status, String note, LocalDate reviewBy, String decidedBy, LocalDate decidedOn,
                       long revision) {

    /** No decision: pending, as every finding starts. */
    public static final Decision NONE = new Decision(TriageStatus.PENDING, "", null, "", null, 0);
}
