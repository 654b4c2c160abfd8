package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FindingSort#REPORT_ORDER} is the order outputs.md gives findings.csv, written out by hand. */
class FindingSortTest {

    /** The order as outputs.md states it, composed from the JDK's comparators. */
    private static final Comparator<Finding> AS_STATED = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Finding::subjectNo)
            .thenComparing(Finding::serviceNo)
            .thenComparing(f -> f.rule().name())
            .thenComparing(Finding::object);

    /** Few values in each field, so that pairs tie on every prefix of the order; deadlines often none. */
    @Test
    void comparesEveryPairAsTheStatedOrderDoes() {
        List<Finding> findings = randomFindings(new Random(20261206), 400);
        for (Finding a : findings) {
            for (Finding b : findings) {
                assertThat(Integer.signum(FindingSort.REPORT_ORDER.compare(a, b)))
                        .as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(AS_STATED.compare(a, b)));
            }
        }
    }

    @Test
    void sortsAsTheStatedOrderDoesKeepingEqualFindingsInTheirOrder() {
        List<Finding> findings = randomFindings(new Random(20261207), 20_000);
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(AS_STATED);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(FindingSort.REPORT_ORDER);
        // equal under the order but told apart by identity: a stable sort keeps them as found
        assertThat(sorted).usingElementComparator((a, b) -> a == b ? 0 : 1).isEqualTo(expected);
    }

    @Test
    void noDeadlineComesAfterAnyAndRulesGoByTheirCodesName() {
        Finding late = finding(RuleCode.DOMAIN_EXPIRED, Severity.HIGH, LocalDate.of(2030, 1, 1), "s1", "", "a");
        Finding none = finding(RuleCode.DOMAIN_EXPIRED, Severity.HIGH, null, "s1", "", "a");
        Finding critical = finding(RuleCode.DOMAIN_EXPIRED, Severity.CRITICAL, null, "s9", "", "z");
        List<Finding> sorted = new ArrayList<>(List.of(none, late, critical));
        sorted.sort(FindingSort.REPORT_ORDER);
        assertThat(sorted).containsExactly(critical, late, none);

        RuleCode[] rules = RuleCode.values();
        RuleCode first = rules[0];
        RuleCode second = rules[1];
        int byName = Integer.signum(first.name().compareTo(second.name()));
        Finding one = finding(first, Severity.LOW, null, "s1", "v1", "o");
        Finding two = finding(second, Severity.LOW, null, "s1", "v1", "o");
        assertThat(Integer.signum(FindingSort.REPORT_ORDER.compare(one, two))).isEqualTo(byName);
    }

    private static List<Finding> randomFindings(Random random, int count) {
        RuleCode[] rules = RuleCode.values();
        Severity[] severities = Severity.values();
        String[] subjects = {"S001", "S002", "S01", "主体1", ""};
        String[] services = {"", "W1", "W10", "W2"};
        String[] objects = {"", "a.cn", "b.cn", "例子.中国"};
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate deadline = random.nextInt(3) == 0 ? null : LocalDate.of(2026, 12, 1 + random.nextInt(3));
            findings.add(finding(rules[random.nextInt(Math.min(4, rules.length))], severities[random.nextInt(2)], deadline,
                    subjects[random.nextInt(subjects.length)], services[random.nextInt(services.length)],
                    objects[random.nextInt(objects.length)]));
        }
        return findings;
    }

    private static Finding finding(RuleCode rule, Severity severity, LocalDate deadline, String subjectNo,
                                   String serviceNo, String object) {
        return new Finding(rule, severity, "c", "浙", subjectNo, serviceNo, object, deadline, "", "", "");
    }
}
