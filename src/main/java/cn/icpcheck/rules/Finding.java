package cn.icpcheck.rules;

import java.time.LocalDate;

/**
 * One problem found in one run. Its key {@code (rule, subjectNo, serviceNo, object)} is unique
 * within a run.
 *
 * @param province    the province abbreviation
 * @param serviceNo   empty when the finding is about the subject as a whole
 * @param object      what exactly is wrong (a domain, a role, an instance id, an order …), or empty
 * @param deadline    null when the rule gives none
 * @param detail      what was seen, in the run's language, personal data masked
 * @param holderName  the subject's holder, for the spreadsheets
 * @param serviceName the service's name, for the spreadsheets; empty when none
 */
public record Finding(RuleCode rule, Severity severity, String customerId, String province,
                      String subjectNo, String serviceNo, String object, LocalDate deadline,
                      String detail, String holderName, String serviceName) {

    public Family family() {
        return rule.family();
    }

    public FindingKey key() {
        return new FindingKey(rule, subjectNo, serviceNo, object);
    }
}
