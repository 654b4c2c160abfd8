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

    public static final Comparator<Finding> REPORT_ORDER = FindingSort::compare;

    private FindingSort() {
    }

    private static int compare(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c != 0) {
            return c;
        }
        c = compareDeadlines(a.deadline(), b.deadline());
        if (c != 0) {
            return c;
        }
        c = a.subjectNo().compareTo(b.subjectNo());
        if (c != 0) {
            return c;
        }
        c = a.serviceNo().compareTo(b.serviceNo());
        if (c != 0) {
            return c;
        }
        c = a.rule() == b.rule() ? 0 : a.rule().name().compareTo(b.rule().name());
        if (c != 0) {
            return c;
        }
        return a.object().compareTo(b.object());
    }

    /** Earlier first; none after any. */
    private static int compareDeadlines(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
