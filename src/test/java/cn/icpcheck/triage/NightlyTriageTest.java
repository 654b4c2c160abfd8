package cn.icpcheck.triage;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tonight's view of each finding: its follow-up, whether a waiver holds, and when it was first seen. */
class NightlyTriageTest {

    private static final LocalDate TONIGHT = LocalDate.of(2026, 11, 30);
    private static final LocalDate EARLIER = LocalDate.of(2026, 10, 2);

    private static final Finding SEEN_BEFORE = finding("a.com");
    private static final Finding NEW = finding("b.com");
    private static final Finding NOT_IN_THE_TREND = finding("c.com");
    private static final Finding WAIVED = finding("d.com");
    private static final Finding REOPENED = finding("e.com");

    @Test
    void eachFindingKeepsWhenItWasFirstSeenBesideItsDecision() {
        List<Finding> sorted = List.of(SEEN_BEFORE, NEW, NOT_IN_THE_TREND, WAIVED, REOPENED);
        List<String> ids = sorted.stream().map(f -> FindingId.of(f.key())).toList();
        Map<String, StoredDecision> decisions = Map.of(
                ids.get(3), stored(ids.get(3), TriageStatus.WAIVED, WAIVED),
                ids.get(4), stored(ids.get(4), TriageStatus.RESOLVED, REOPENED));

        List<FindingTriage> view = NightlyTriage.of(TONIGHT, sorted, ids, Map.of(SEEN_BEFORE.key(), EARLIER,
                NEW.key(), TONIGHT, WAIVED.key(), EARLIER, REOPENED.key(), EARLIER.plusDays(1)), decisions);

        assertThat(view).extracting(FindingTriage::id).isEqualTo(ids);
        assertThat(view).extracting(FindingTriage::firstSeen)
                .containsExactly(EARLIER, TONIGHT, TONIGHT, EARLIER, EARLIER.plusDays(1));
        assertThat(view).extracting(FindingTriage::followUp)
                .containsExactly(null, FollowUp.NEW, FollowUp.NEW, null, FollowUp.REOPENED);
        assertThat(view).extracting(FindingTriage::waived).containsExactly(false, false, false, true, false);
        assertThat(view.get(4).decision().status()).isEqualTo(TriageStatus.PENDING);
    }

    private static StoredDecision stored(String id, TriageStatus status, Finding f) {
        return new StoredDecision(id, new Decision(status, "note", TONIGHT.plusDays(30), "王芳", EARLIER, 1),
                f.severity(), f.deadline());
    }

    private static Finding finding(String domain) {
        return new Finding(RuleCode.DOMAIN_EXPIRED, Severity.CRITICAL, "C1", "浙", "浙ICP备16023518号",
                "浙ICP备16023518号-1", domain, TONIGHT.plusDays(7), "域名已过期", "杭州某某", "site");
    }
}
