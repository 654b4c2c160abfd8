package cn.icpcheck.rules;

/** How urgent a finding is; declared from the most to the least urgent. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO
}
