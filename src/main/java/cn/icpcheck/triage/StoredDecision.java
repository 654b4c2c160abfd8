package cn.icpcheck.triage;

import cn.icpcheck.rules.Severity;

import java.time.LocalDate;

/**
 * A decision as the state database keeps it, with the finding's severity and deadline when it was
 * decided (a waiver no longer holds once either changes).
 *
 * @param deadline null when the finding had none
 */
public record StoredDecision(String findingId, Decision decision, Severity severity, LocalDate deadline) {
}
