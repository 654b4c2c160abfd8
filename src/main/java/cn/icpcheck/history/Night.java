package cn.icpcheck.history;

import cn.icpcheck.rules.Severity;

import java.time.LocalDate;
import java.util.Map;

/**
 * One completed night for the morning view's charts: its findings by severity, and how many were new
 * and resolved that night.
 */
public record Night(LocalDate runDate, Map<Severity, Integer> bySeverity, int newFindings, int resolved) {
}
