package cn.icpcheck.rules;

/** What identifies a finding within a run and across runs (rules.md). */
public record FindingKey(RuleCode rule, String subjectNo, String serviceNo, String object) {
}
