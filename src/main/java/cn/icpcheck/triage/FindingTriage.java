package cn.icpcheck.triage;

import java.time.LocalDate;

/**
 * A finding of tonight's run as the staff see it: its stable id, its decision (pre-filled in the
 * workbook), and why it needs a look, if it does.
 *
 * @param followUp  null when nothing changed
 * @param waived    whether a waiver holds tonight (unexpired, unchanged): the finding leaves the family
 *                  sheets and the contact list for the waived sheet
 * @param firstSeen the run date it was first found on, tonight's when it is new: kept here, beside the
 *                  finding's place in the reports' order, so that the reports need not look it up by
 *                  the finding's key (twice per finding: 0.19 s of CPU at a million subjects)
 */
public record FindingTriage(String id, Decision decision, FollowUp followUp, boolean waived, LocalDate firstSeen) {
}
