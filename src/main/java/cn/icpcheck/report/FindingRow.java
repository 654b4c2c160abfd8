package cn.icpcheck.report;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.triage.FindingTriage;

import java.time.LocalDate;

/**
 * One finding as a row of findings.csv and of a family sheet: made as the row is written, never kept.
 *
 * @param triage its id, the staff's decision and when it was first seen
 * @param action what the customer must do, in the run's language
 */
record FindingRow(LocalDate runDate, Finding finding, FindingTriage triage, String action) {

    /** The run date the finding was first seen. */
    LocalDate firstSeen() {
        return triage.firstSeen();
    }
}
