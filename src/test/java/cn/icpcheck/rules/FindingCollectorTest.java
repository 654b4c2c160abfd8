package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FindingCollectorTest {

    private static Finding finding(String subjectNo, String object) {
        return new Finding(RuleCode.DOMAIN_EXPIRED, Severity.CRITICAL, "C1", "浙", subjectNo, subjectNo + "-1", object,
                LocalDate.of(2026, 12, 1), "", "", "");
    }

    @Test
    void aKeyFoundAgainIsKeptOnceBeforeAndAfterTheFindingsAreSorted() {
        FindingCollector collector = new FindingCollector();
        collector.add(finding("浙ICP备2号", "b.cn"));
        collector.add(finding("浙ICP备1号", "a.cn"));
        collector.add(finding("浙ICP备1号", "a.cn"));
        assertThat(collector.sorted()).extracting(Finding::object).containsExactly("a.cn", "b.cn");

        // the keys are let go once sorted; a finding added after is still kept once, and sorted in
        collector.add(finding("浙ICP备2号", "b.cn"));
        collector.add(finding("浙ICP备0号", "c.cn"));
        collector.add(finding("浙ICP备0号", "c.cn"));
        assertThat(collector.size()).isEqualTo(3);
        assertThat(collector.sorted()).extracting(Finding::object).containsExactly("c.cn", "a.cn", "b.cn");
        assertThat(collector.asFound()).extracting(Finding::object).containsExactly("b.cn", "a.cn", "c.cn");
    }
}
