package cn.icpcheck.report;

import cn.icpcheck.rules.Finding;

import java.time.LocalDate;

/**
 * One finding as a row of findings.csv and of a family sheet: made as the row is written, never kept.
 *
 * @param firstSeen the run date the finding was first seen
 * @param action    what the customer must do, in the run's language
 */
record FindingRow(LocalDate runDate, Finding finding, LocalDate firstSeen, String action) {
}
