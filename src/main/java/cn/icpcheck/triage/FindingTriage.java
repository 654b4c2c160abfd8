package cn.icpcheck.triage;

/**
 * A finding of tonight's run as the staff see it: its stable id, its decision (pre-filled in the
 * workbook), and why it needs a look, if it does.
 *
 * @param followUp null when nothing changed
 * @param waived   whether a waiver holds tonight (unexpired, unchanged): the finding leaves the family
 *                 sheets and the contact list for the waived sheet
 */
public record FindingTriage(String id, Decision decision, FollowUp followUp, boolean waived) {
}
