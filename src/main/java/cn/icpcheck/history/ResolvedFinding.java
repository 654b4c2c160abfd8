package cn.icpcheck.history;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import java.time.LocalDate;

/** A finding of the previous completed run that this run no longer finds, with its finding id. */
public record ResolvedFinding(String findingId, RuleCode rule, Severity severity, String customerId, String province,
                              String subjectNo, String serviceNo, String object, LocalDate deadline,
                              String detail, LocalDate firstSeen, LocalDate lastSeen) {
}
