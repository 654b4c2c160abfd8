package cn.icpcheck.rules;

import java.time.LocalDate;
import java.util.Comparator;

/** The order of findings.csv: severity, deadline (empty last), subject_no, service_no, rule, object. */
public final class FindingSort {

    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Finding::subjectNo)
            .thenComparing(Finding::serviceNo)
            .thenComparing(f -> f.rule().name())
            .thenComparing(Finding::object);

    private FindingSort() {
    }
}
