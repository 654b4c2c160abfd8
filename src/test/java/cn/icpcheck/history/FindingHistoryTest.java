package cn.icpcheck.history;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static cn.icpcheck.history.HistoryFixtures.empty;
import static cn.icpcheck.history.HistoryFixtures.expired;
import static cn.icpcheck.history.HistoryFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FindingHistoryTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void readsBackWhatItRecorded(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            Finding expired = expired(1);
            Finding empty = empty(2);
            history.record(run(DAY_2, 1, 7, 2), List.of(expired, empty), Map.of(expired.key(), DAY_1));

            List<RecordedFinding> read = new ArrayList<>();
            history.forEachFinding(DAY_2, read::add);

            assertThat(read).containsExactlyInAnyOrder(
                    new RecordedFinding(DAY_2, expired.key(), expired.severity(), "c1", "浙", expired.deadline(),
                            expired.detail(), DAY_1),
                    new RecordedFinding(DAY_2, empty.key(), empty.severity(), "c2", "浙", null, "没有服务", DAY_2));
            assertThat(history.run(DAY_2)).contains(run(DAY_2, 1, 7, 2));
            assertThat(history.runsBefore(DAY_2)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void recordingADateAgainReplacesIt(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(run(DAY_1, 1, 1, 2), List.of(expired(1), expired(2)), Map.of());
            history.record(run(DAY_2, 1, 2, 1), List.of(expired(1)), Map.of());

            history.record(run(DAY_1, 2, 3, 1), List.of(expired(3)), Map.of());

            assertThat(keys(history, DAY_1)).containsExactly(expired(3).key());
            assertThat(keys(history, DAY_2)).containsExactly(expired(1).key());
            assertThat(history.runsBefore(DAY_2)).containsExactly(run(DAY_1, 2, 3, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void recordingIsAllOrNothing(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(run(DAY_1, 1, 1, 2), List.of(expired(1), expired(2)), Map.of());
            List<Finding> broken = new ArrayList<>(IntStream.range(10, 20_000).mapToObj(HistoryFixtures::expired).toList());
            broken.add(new Finding(expired(3).rule(), expired(3).severity(), "c3", "浙", "s3", "", "", null, null, "", ""));

            assertThatExceptionOfType(DataIntegrityViolationException.class)
                    .isThrownBy(() -> history.record(run(DAY_1, 2, 2, broken.size()), broken, Map.of()));

            assertThat(keys(history, DAY_1)).containsExactlyInAnyOrder(expired(1).key(), expired(2).key());
            assertThat(history.run(DAY_1)).contains(run(DAY_1, 1, 1, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void prunesTheRunsBeforeADate(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(run(DAY_1, 1, 1, 1), List.of(expired(1)), Map.of());
            history.record(run(DAY_2, 1, 2, 1), List.of(expired(1)), Map.of());

            assertThat(history.pruneBefore(DAY_2)).isOne();

            assertThat(history.run(DAY_1)).isEmpty();
            assertThat(keys(history, DAY_1)).isEmpty();
            assertThat(keys(history, DAY_2)).containsExactly(expired(1).key());
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void countsEachRunsFindingsBySeverityAsRecordedLastUntilPruned(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(run(DAY_1, 1, 1, 3), List.of(expired(1), expired(2), empty(3)), Map.of());
            history.record(run(DAY_2, 1, 2, 1), List.of(empty(4)), Map.of());
            history.record(run(DAY_2, 2, 3, 0), List.of(), Map.of());

            assertThat(history.countBySeverity(DAY_1)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Severity.CRITICAL, 2, Severity.HIGH, 1, Severity.MEDIUM, 0, Severity.LOW, 0, Severity.INFO, 0));
            assertThat(history.countBySeverity(DAY_2).values()).containsOnly(0);

            history.pruneBefore(DAY_2);
            assertThat(history.countBySeverity(DAY_1).values()).containsOnly(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void knowsEveryIdItRecordedWithTheSeverityAndDeadlineItLastHad(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            LocalDate day3 = DAY_2.plusDays(1);
            Finding movedDeadline = withDeadline(expired(1), LocalDate.of(2027, 1, 15));
            history.record(run(DAY_1, 1, 1, 3), List.of(expired(1), expired(2), empty(3)), Map.of());
            history.record(run(DAY_2, 1, 2, 2), List.of(movedDeadline, expired(4)), Map.of());
            history.record(run(day3, 1, 3, 1), List.of(expired(4)), Map.of());

            Map<String, FindingHistory.Seen> seen = history.lastSeen(List.of(id(expired(1)), id(expired(2)),
                    id(empty(3)), id(expired(4)), id(expired(5))));

            // found last on the second night, by the last night, only on the first
            assertThat(seen).containsOnlyKeys(id(expired(1)), id(expired(2)), id(empty(3)), id(expired(4)));
            assertThat(seen.get(id(expired(1)))).isEqualTo(new FindingHistory.Seen(id(expired(1)),
                    movedDeadline.severity(), LocalDate.of(2027, 1, 15)));
            assertThat(seen.get(id(empty(3)))).isEqualTo(new FindingHistory.Seen(id(empty(3)), empty(3).severity(), null));
            assertThat(seen.get(id(expired(4))).deadline()).isEqualTo(expired(4).deadline());
            assertThat(history.lastSeen(List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aNightRecordedLateOrAgainKeepsTheIdsOfTheNightsAroundIt(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            LocalDate day3 = DAY_2.plusDays(1);
            history.record(run(DAY_1, 1, 1, 1), List.of(expired(1)), Map.of());
            history.record(run(day3, 1, 2, 1), List.of(expired(3)), Map.of());

            // the second night recorded after the third: its finding is known, although the last night lacks it
            history.record(run(DAY_2, 1, 3, 2), List.of(expired(1), expired(2)), Map.of());
            assertThat(history.lastSeen(ids(1, 2, 3)).keySet()).containsExactlyInAnyOrder(ids(1, 2, 3).toArray(String[]::new));

            // and recorded again without it: the finding was never found by a night the history keeps
            history.record(run(DAY_2, 2, 4, 0), List.of(), Map.of());
            assertThat(history.lastSeen(ids(1, 2, 3)).keySet()).containsExactlyInAnyOrder(id(expired(1)), id(expired(3)));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aFindingLastFoundBeforeThePrunedDateIsNoLongerKnown(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            LocalDate day3 = DAY_2.plusDays(1);
            history.record(run(DAY_1, 1, 1, 2), List.of(expired(1), expired(2)), Map.of());
            history.record(run(DAY_2, 1, 2, 1), List.of(expired(2)), Map.of());
            history.record(run(day3, 1, 3, 0), List.of(), Map.of());

            history.pruneBefore(DAY_2);

            assertThat(history.lastSeen(ids(1, 2)).keySet()).containsExactly(id(expired(2)));
        }
    }

    private static Finding withDeadline(Finding f, LocalDate deadline) {
        return new Finding(f.rule(), f.severity(), f.customerId(), f.province(), f.subjectNo(), f.serviceNo(), f.object(),
                deadline, f.detail(), f.holderName(), f.serviceName());
    }

    private static String id(Finding f) {
        return FindingId.of(f.key());
    }

    private static List<String> ids(int... subjects) {
        return IntStream.of(subjects).mapToObj(i -> id(expired(i))).toList();
    }

    private static FindingHistory history(StateDatabase database) throws Exception {
        database.createSchema();
        DataSource dataSource = database.jdbc().getDataSource();
        return new FindingHistory(dataSource, new DataSourceTransactionManager(dataSource));
    }

    private static List<FindingKey> keys(FindingHistory history, LocalDate date) {
        List<FindingKey> keys = new ArrayList<>();
        history.forEachFinding(date, f -> keys.add(f.key()));
        return keys;
    }
}
