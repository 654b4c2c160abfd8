package cn.icpcheck.history;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.icpcheck.history.HistoryFixtures.empty;
import static cn.icpcheck.history.HistoryFixtures.expired;
import static cn.icpcheck.history.HistoryFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TrendCalculatorTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);
    private static final LocalDate DAY_3 = DAY_1.plusDays(2);

    @TempDir
    Path dir;

    private final JobRepository jobs = mock(JobRepository.class);

    @ParameterizedTest
    @EnumSource(Platform.class)
    void withoutAnEarlierRunEveryFindingIsNew(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(run(DAY_2, 1, 2, 1), List.of(expired(1)), Map.of());
            completed(2, BatchStatus.COMPLETED);

            Trend trend = new TrendCalculator(history, jobs).compare(DAY_1, List.of(expired(1), empty(2)));

            assertThat(trend).isEqualTo(Trend.firstRun(Map.of(expired(1).key(), DAY_1, empty(2).key(), DAY_1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void comparesWithTheLastCompletedRunBefore(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            Finding stillOpen = expired(1);
            Finding gone = expired(2);
            Finding goneToo = empty(3);
            history.record(run(DAY_1, 1, 1, 3), List.of(stillOpen, gone, goneToo), Map.of(stillOpen.key(), DAY_1.minusDays(9)));
            completed(1, BatchStatus.COMPLETED);
            history.record(run(DAY_2, 1, 2, 0), List.of(), Map.of());
            completed(2, BatchStatus.FAILED);

            Finding fresh = empty(4);
            Trend trend = new TrendCalculator(history, jobs).compare(DAY_3, List.of(stillOpen, fresh));

            assertThat(trend.previousRunDate()).isEqualTo(DAY_1);
            assertThat(trend.newCount()).isOne();
            assertThat(trend.stillOpenCount()).isOne();
            assertThat(trend.firstSeen()).isEqualTo(Map.of(stillOpen.key(), DAY_1.minusDays(9), fresh.key(), DAY_3));
            assertThat(trend.resolved()).containsExactly(
                    new ResolvedFinding(FindingId.of(gone.key()), gone.rule(), gone.severity(), "c2", "浙", gone.subjectNo(), gone.serviceNo(),
                            gone.object(), gone.deadline(), gone.detail(), DAY_1, DAY_1),
                    new ResolvedFinding(FindingId.of(goneToo.key()), goneToo.rule(), goneToo.severity(), "c3", "浙", goneToo.subjectNo(), "", "",
                            null, goneToo.detail(), DAY_1, DAY_1));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void theMorningViewsNightsAreTheCompletedRunsBeforeWithTheirFindingsBySeverity(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            FindingHistory history = history(database);
            history.record(new RecordedRun(DAY_1, 1, 1, DAY_1.atTime(2, 40), null, 3, 3, 0, 0, 0),
                    List.of(expired(1), expired(2), empty(3)), Map.of());
            completed(1, BatchStatus.COMPLETED);
            history.record(run(DAY_2, 1, 2, 1), List.of(empty(3)), Map.of());
            completed(2, BatchStatus.FAILED);
            history.record(new RecordedRun(DAY_3, 1, 3, DAY_3.atTime(2, 40), DAY_1, 1, 0, 1, 2, 0),
                    List.of(empty(3)), Map.of());
            completed(3, BatchStatus.COMPLETED);

            List<Night> nights = new TrendCalculator(history, jobs).completedNightsBefore(DAY_3.plusDays(1), 29);

            Map<Severity, Integer> none = Map.of(Severity.CRITICAL, 0, Severity.HIGH, 0, Severity.MEDIUM, 0,
                    Severity.LOW, 0, Severity.INFO, 0);
            assertThat(nights).containsExactly(
                    new Night(DAY_1, with(none, Map.of(Severity.CRITICAL, 2, Severity.HIGH, 1)), 3, 0),
                    new Night(DAY_3, with(none, Map.of(Severity.HIGH, 1)), 0, 2));
            assertThat(new TrendCalculator(history, jobs).completedNightsBefore(DAY_3.plusDays(1), 1))
                    .extracting(Night::runDate).containsExactly(DAY_3);
        }
    }

    private static Map<Severity, Integer> with(Map<Severity, Integer> base, Map<Severity, Integer> counts) {
        Map<Severity, Integer> all = new java.util.EnumMap<>(base);
        all.putAll(counts);
        return all;
    }

    /** The job execution {@code id} recorded a run, and its job instance's last execution ended so. */
    private void completed(long id, BatchStatus status) {
        JobExecution recorder = MetaDataInstanceFactory.createJobExecution("nightlyCompliance", id, id);
        JobExecution last = MetaDataInstanceFactory.createJobExecution("nightlyCompliance", id, id + 100);
        last.setStatus(status);
        when(jobs.getJobExecution(id)).thenReturn(recorder);
        when(jobs.getLastJobExecution(recorder.getJobInstance())).thenReturn(last);
    }

    private static FindingHistory history(StateDatabase database) throws Exception {
        database.createSchema();
        DataSource dataSource = database.jdbc().getDataSource();
        return new FindingHistory(dataSource, new DataSourceTransactionManager(dataSource));
    }
}
