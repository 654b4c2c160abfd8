package cn.icpcheck.triage;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.history.RecordedRun;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionStoreTest {

    private static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 30);
    private static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    private static final LocalDate NIGHT_3 = NIGHT_2.plusDays(1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aDecisionIsForgottenOnceNoNightTheHistoryKeepsFoundItsFinding(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            database.createSchema();
            DataSource dataSource = database.jdbc().getDataSource();
            DataSourceTransactionManager tm = new DataSourceTransactionManager(dataSource);
            FindingHistory history = new FindingHistory(dataSource, tm);
            DecisionStore store = new DecisionStore(dataSource, tm, history);
            // a on every night, b on the first two, c on the first only
            record(history, NIGHT_1, "a", "b", "c");
            record(history, NIGHT_2, "a", "b");
            record(history, NIGHT_3, "a");
            for (String subject : List.of("a", "b", "c", "never")) {
                decide(database.jdbc(), subject);
            }
            history.pruneBefore(NIGHT_2);

            assertThat(store.forgetUnseen(NIGHT_3)).isEqualTo(2);

            assertThat(database.jdbc().queryForList("SELECT FINDING_ID FROM ICP_DECISION ORDER BY FINDING_ID",
                    String.class)).containsExactlyInAnyOrder(id("a"), id("b"));
            assertThat(database.jdbc().queryForList("SELECT FINDING_ID FROM ICP_DECISION_AUDIT WHERE STATUS = ?",
                    String.class, DecisionStore.FORGOTTEN)).containsExactlyInAnyOrder(id("c"), id("never"));
            assertThat(store.seen(List.of(id("a"), id("b"), id("c"))).keySet())
                    .containsExactlyInAnyOrder(id("a"), id("b"));
        }
    }

    private static void record(FindingHistory history, LocalDate night, String... subjects) {
        List<Finding> findings = java.util.Arrays.stream(subjects).map(DecisionStoreTest::finding).toList();
        history.record(new RecordedRun(night, 1, 1, LocalDateTime.of(night, java.time.LocalTime.NOON), null,
                findings.size(), 0, 0, 0, 0), findings, Map.of());
    }

    private static void decide(JdbcTemplate jdbc, String subject) {
        long revision = jdbc.queryForObject("SELECT COUNT(*) FROM ICP_DECISION", Long.class) + 1;
        jdbc.update("""
                INSERT INTO ICP_DECISION (FINDING_ID, STATUS, NOTE, REVIEW_BY, DECIDED_BY, DECIDED_ON, SEVERITY,
                    DEADLINE, REVISION) VALUES (?, 'contacted', '', NULL, '王芳', ?, NULL, NULL, ?)""",
                id(subject), NIGHT_1, revision);
    }

    private static Finding finding(String subject) {
        return new Finding(RuleCode.EMPTY_SERVICE_LIST, RuleCode.EMPTY_SERVICE_LIST.defaultSeverity(), "c", "浙",
                subject, "", "", null, "没有服务", "测试", "");
    }

    private static String id(String subject) {
        return FindingId.of(finding(subject).key());
    }
}
