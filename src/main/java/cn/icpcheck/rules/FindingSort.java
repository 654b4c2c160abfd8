package cn.icpcheck.rules;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of findings.csv: severity, deadline (empty last), subject_no, service_no, rule (by its
 * code's name), object.
 *
 * <p>Written out by hand rather than composed with {@code Comparator.comparing(…).thenComparing(…)}:
 * sorting a night's findings is most of {@code compareWithHistory}, during which nothing else runs.
 * Each level of a composed comparator is an instance of one and the same lambda class of the JDK's,
 * whose calls to a key extractor and to {@code compareTo} meet several kinds of object, so C2 inlines
 * none of them (the job runs without bimorphic inlining, {@code jobs/schedule/java.options}): the sort
 * spent most of its time in those calls and their interface stubs. {@code FindingSortTest} holds this
 * order to the composed one.
 */
public final class FindingSort {

    public static final Comparator<Finding> REPORT_ORDER = (a, b) -> compare(
            a.severity(), b.severity(), a.deadline(), b.deadline(), a.subjectNo(), b.subjectNo(),
            a.serviceNo(), b.serviceNo(), a.rule(), b.rule(), a.object(), b.object());

    private FindingSort() {
    }

    /**
     * Two findings in the order of findings.csv, given by their fields a pair at a time: for the
     * records that carry a finding in another form (a resolved finding of the history) to be ordered
     * as findings.csv orders findings. Each comparator reads the fields of its own record, so no call
     * here meets more than one kind of object.
     */
    public static int compare(Severity severity, Severity otherSeverity, LocalDate deadline, LocalDate otherDeadline,
                              String subjectNo, String otherSubjectNo, String serviceNo, String otherServiceNo,
                              RuleCode rule, RuleCode otherRule, String object, String otherObject) {
        int c = severity.compareTo(otherSeverity);
        if (c != 0) {
            return c;
        }
        c = compareDeadlines(deadline, otherDeadline);
        if (c != 0) {
            return c;
        }
        c = subjectNo.compareTo(otherSubjectNo);
        if (c != 0) {
            return c;
        }
        c = serviceNo.compareTo(otherServiceNo);
        if (c != 0) {
            return c;
        }
        c = rule == otherRule ? 0 : rule.name().compareTo(otherRule.name());
        if (c != 0) {
            return c;
        }
        return object.compareTo(otherObject);
    }

    /** Earlier first; none after any. */
    private static int compareDeadlines(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
