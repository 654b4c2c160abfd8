package cn.icpcheck.report;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import java.time.LocalDate;
import java.util.List;

/**
 * One subject for the customer-contact team to call: a row of remediation-contacts.csv / .xlsx.
 *
 * @param province         the province abbreviation
 * @param contactMobile    the principal's mobile, whole: normalised, or as given when it does not normalise
 * @param contactEmail     empty when not given
 * @param earliestDeadline null when no finding has a deadline
 * @param findingCount     the subject's findings above INFO
 * @param rules            the distinct rules of those findings, in the order of findings.csv
 * @param actions          the distinct actions of those findings in the run's language, in the same order
 * @param contacted        whether every finding counted in the row is marked contacted
 * @param lastContactedOn  the latest date one of them was marked contacted, or null
 * @param findingRefs      the findings counted, each {@code id:revision} of its decision, {@code ;}-separated:
 *                         what a returned contact list marks contacted
 */
public record ContactRow(int priority, String customerId, String subjectNo, String province, String holderName,
                         String contactName, String contactMobile, String contactEmail, Severity topSeverity,
                         LocalDate earliestDeadline, int findingCount, List<RuleCode> rules, List<String> actions,
                         boolean contacted, LocalDate lastContactedOn, String findingRefs) {

    /** A row with no finding marked contacted yet. */
    public ContactRow(int priority, String customerId, String subjectNo, String province, String holderName,
                      String contactName, String contactMobile, String contactEmail, Severity topSeverity,
                      LocalDate earliestDeadline, int findingCount, List<RuleCode> rules, List<String> actions) {
        this(priority, customerId, subjectNo, province, holderName, contactName, contactMobile, contactEmail,
                topSeverity, earliestDeadline, findingCount, rules, actions, false, null, "");
    }

    /** As contact_status says it. */
    public String contactStatusCode() {
        return contacted ? "contacted" : "to_contact";
    }
}
