package cn.icpcheck.triage;

/** Why a finding needs a look tonight (triage.md, The next night). */
public enum FollowUp {
    /** First seen by this run. */
    NEW,
    /** Marked resolved, but found again: back to pending, note kept. */
    REOPENED,
    /** A waiver whose review-by date has passed: back to pending, note kept. */
    EXPIRED,
    /** Waived, but its deadline or severity changed since the decision: back to pending. */
    CHANGED
}
