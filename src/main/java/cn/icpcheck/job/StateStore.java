package cn.icpcheck.job;

import cn.icpcheck.history.UnloggedSchemaChanges;

import com.zaxxer.hikari.HikariDataSource;

import org.hsqldb.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure a completed run is durably recorded before the command exits 0 (operations.md, "Exit
 * 0 only after the state is safe"). The embedded HSQLDB writes its log in the background and only
 * logs a failed write (a full disk, say), so it is shut down, which writes every file of the
 * database, and opened again from disk: the run counts as saved only when the database read back
 * holds the execution's completion and the run date's history. PostgreSQL commits durably; the
 * same two facts are read back.
 */
@Component
public class StateStore {

    private static final Logger log = LoggerFactory.getLogger(StateStore.class);

    private final DataSource dataSource;
    private final Path stateDir;

    public StateStore(DataSource dataSource, @Value("${state-dir:state}") String stateDir) {
        this.dataSource = dataSource;
        this.stateDir = Path.of(stateDir).toAbsolutePath();
    }

    /** The run's completion or history could not be saved: the run failed, and the next one restarts the date. */
    public static final class NotSavedException extends RuntimeException {
        NotSavedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Confirms, from what the state database holds on disk, that the execution completed and the
     * run date's history is recorded.
     *
     * @throws NotSavedException naming the state folder (or database) when it does not
     */
    public void confirm(long executionId, LocalDate runDate) {
        String where = where();
        try {
            boolean saved;
            if (isEmbedded()) {
                saved = confirmOnDisk((HikariDataSource) dataSource, executionId, runDate);
            } else {
                try (Connection connection = dataSource.getConnection()) {
                    saved = saved(connection, executionId, runDate);
                }
            }
            if (!saved) {
                throw new NotSavedException(notSaved(where, runDate, "the database read back does not hold the run's "
                        + "completion and history"), null);
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof NotSavedException notSaved) {
                throw notSaved;
            }
            throw new NotSavedException(notSaved(where, runDate, rootMessage(e)), e);
        }
    }

    /**
     * Writes the embedded database's data file now and empties its log (HSQLDB's {@code CHECKPOINT}), as
     * HSQLDB does by itself when the log outgrows its size; nothing on another database.
     */
    public void checkpoint() throws SQLException {
        if (!isEmbedded()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    /**
     * Writes the embedded database out (a checkpoint) and switches its log off for the rest of the run, as
     * the night's history is recorded: HSQLDB logs every inserted row as the text of an {@code INSERT} when
     * its transaction commits (0.5 s of CPU at a million subjects and 2 s at three million, in the commit
     * that ends the history's step), and the data file holds those rows anyway once written: by the
     * checkpoint beside the reports ({@link StateCheckpoint}) and by the shutdown that confirms the run
     * ({@link #confirm}), which switches the log back on. Nothing on another database.
     *
     * <p>A kill while the log is off takes the database back to its last checkpoint, as a whole: the one
     * made here, before the history, or the one beside the reports. The restart records the history again
     * and writes what a run killed then would, as operations.md asks of any kill; it never finds a part of
     * what was written after the checkpoint. A run that fails or is stopped shuts the database down, which
     * writes it out; the next start switches a log left off back on ({@link UnloggedSchemaChanges#end}).
     */
    public void logOffForTheRun() throws SQLException {
        if (!isEmbedded()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            UnloggedSchemaChanges.begin(connection);
        }
    }

    /** Where the state is kept, for messages: the state folder of the embedded database, or the state database. */
    public String where() {
        return isEmbedded() ? "the state folder " + stateDir : "the state database";
    }

    private boolean isEmbedded() {
        return dataSource instanceof HikariDataSource hikari && UnloggedSchemaChanges.inFiles(hikari.getJdbcUrl());
    }

    /** Whether a failure came from the state database (a write it refused, a full disk). */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static boolean confirmOnDisk(HikariDataSource hikari, long executionId, LocalDate runDate) throws SQLException {
        String url = hikari.getJdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        // the pool's connections belong to the database just shut down
        if (hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
        try (Connection connection = openAgain(hikari)) {
            // the log, switched off for the history (logOffForTheRun), on again: written out first, alone
            UnloggedSchemaChanges.end(connection);
            boolean saved = saved(connection, executionId, runDate);
            log.debug("The state database was written to disk and read back: {}", saved ? "saved" : "NOT saved");
            return saved;
        }
    }

    /**
     * Opens the embedded database that was just shut down. HSQLDB's heartbeat, which writes the
     * time into the lock file every ten seconds, can write it once more just as the shutdown deletes
     * the file: the file is then left behind with a fresh time, and an open within the next ten
     * seconds fails after polling it ("Database lock acquisition failure … heartbeat - read: -9218 ms").
     * No process holds it (the state lock keeps other runs out), so the open is tried again: once the
     * time in the file is ten seconds old, HSQLDB takes the lock over. It is tried for as long as the
     * pool tries to open the database at start-up, for the same lock file ({@code
     * spring.datasource.hikari.initialization-fail-timeout}).
     */
    static Connection openAgain(HikariDataSource hikari) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(hikari.getInitializationFailTimeout());
        while (true) {
            try {
                return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            } catch (SQLException e) {
                if (e.getErrorCode() != -ErrorCode.LOCK_FILE_ACQUISITION_FAILURE || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                log.info("The state database's lock file was left behind by its own shutdown; opening it again");
            }
        }
    }

    private static boolean saved(Connection connection, long executionId, LocalDate runDate) throws SQLException {
        try (PreparedStatement completed = connection.prepareStatement(
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STATUS = 'COMPLETED'");
             // recorded by this execution, or by an earlier execution of the same attempt that a restart resumed
             PreparedStatement recorded = connection.prepareStatement("""
                     SELECT COUNT(*) FROM ICP_HISTORY_RUN H
                     JOIN BATCH_JOB_EXECUTION E ON E.JOB_EXECUTION_ID = H.JOB_EXECUTION_ID
                     WHERE H.RUN_DATE = ? AND E.JOB_INSTANCE_ID =
                         (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?)""")) {
            completed.setLong(1, executionId);
            recorded.setObject(1, runDate);
            recorded.setLong(2, executionId);
            return count(completed) == 1 && count(recorded) == 1;
        }
    }

    private static long count(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String notSaved(String where, LocalDate runDate, String cause) {
        return "the run of " + runDate + " could not be saved in " + where + " (" + cause + "; is its disk full?). "
                + "It is not recorded as completed: make room, then run the same command again to finish the date";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
