package cn.icpcheck.job;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StateStore} confirms a run from what the embedded database holds once written to disk
 * and opened again, not from what the running database has in memory.
 */
class StateStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void aRunIsConfirmedOnlyWhenItsCompletionAndHistoryAreReadBack() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:hsqldb:file:" + dir.resolve("icp-state") + ";shutdown=true");
            pool.setUsername("SA");
            pool.setPassword("");
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("CREATE TABLE BATCH_JOB_EXECUTION (JOB_EXECUTION_ID BIGINT, JOB_INSTANCE_ID BIGINT, STATUS VARCHAR(10))");
            jdbc.execute("CREATE TABLE ICP_HISTORY_RUN (RUN_DATE DATE, JOB_EXECUTION_ID BIGINT)");
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION VALUES (6, 3, 'FAILED')");
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION VALUES (7, 3, 'STARTED')");
            StateStore store = new StateStore(pool, dir.toString());

            assertThatThrownBy(() -> store.confirm(7, DAY))
                    .isInstanceOf(StateStore.NotSavedException.class)
                    .hasMessageContaining("the run of 2026-11-30 could not be saved in the state folder "
                            + dir.toAbsolutePath())
                    .hasMessageContaining("run the same command again");

            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED' WHERE JOB_EXECUTION_ID = 7");
            assertThatThrownBy(() -> store.confirm(7, DAY)).as("no history yet")
                    .isInstanceOf(StateStore.NotSavedException.class);

            // the history recorded by the failed execution (6) of the same attempt, before the restart (7)
            jdbc.update("INSERT INTO ICP_HISTORY_RUN VALUES (?, 6)", DAY);
            store.confirm(7, DAY);
            // the pool works on after the database was shut down and opened again
            assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 7",
                    String.class)).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aFailureOfTheDatabaseIsAStorageFailure() {
        assertThat(StateStore.isStorageFailure(new IllegalStateException("x",
                new java.sql.SQLException("No space left on device")))).isTrue();
        assertThat(StateStore.isStorageFailure(new IllegalStateException("x"))).isFalse();
    }

    /**
     * The lock file HSQLDB's heartbeat can write again just as a shutdown deletes it: its time is
     * fresh, so a single open polls it for ten seconds and fails. Opening again takes it over.
     * (Takes about ten seconds: HSQLDB counts a lock file stale only when its time is that old.)
     */
    @Test
    void aLockFileLeftBehindByTheShutdownIsTakenOver() throws SQLException, IOException {
        String url = "jdbc:hsqldb:file:" + dir.resolve("icp-state") + ";shutdown=true";
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ICP_HISTORY_RUN (RUN_DATE DATE, JOB_EXECUTION_ID BIGINT)");
            statement.execute("INSERT INTO ICP_HISTORY_RUN VALUES (DATE '2026-11-30', 7)");
            statement.execute("SHUTDOWN");
        }
        // as HSQLDB's heartbeat writes it: its magic, then the time
        try (DataOutputStream lock = new DataOutputStream(Files.newOutputStream(dir.resolve("icp-state.lck")))) {
            lock.write("HSQLLOCK".getBytes(StandardCharsets.US_ASCII));
            lock.writeLong(System.currentTimeMillis());
        }

        // the pool as the application configures it (application.properties), never opened here
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("SA");
        pool.setPassword("");
        pool.setInitializationFailTimeout(30_000);
        try (pool;
             Connection connection = StateStore.openAgain(pool);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT JOB_EXECUTION_ID FROM ICP_HISTORY_RUN")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(7);
        }
    }
}
