package cn.icpcheck.history;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the schema changes of a night's start all or nothing on an HSQLDB file database, so that a run
 * killed in the middle of them can be restarted. HSQLDB's DDL is not transactional: each statement is
 * committed as it runs and its log is written out every half second, so a kill in the middle of a
 * migration of several statements kept the part already written, and every restart then failed on it
 * ("object name already exists").
 *
 * <p>Before the first change, {@link #begin} writes the database out (a checkpoint) and switches its
 * log off; after the last, {@link #end} writes it out again and switches the log back on. A kill in
 * between leaves the database as it was at the first checkpoint, and the restart makes every change
 * again. A kill after the last checkpoint, before the log is back, leaves the log switched off on disk,
 * which the next start's {@code end} (run on every start, after Flyway's migrate) switches back on.
 *
 * <p>Flyway calls it around the migrations it applies: {@code begin} before each (only the first
 * acts), {@code end} once migrate has succeeded, which costs one query on a night with nothing to
 * migrate. {@code StateSchema} makes Spring Batch's tables through {@link #allOrNothing}. A change that
 * fails in error stops the run, and {@link #undoAfter} takes the database back to the first checkpoint as a
 * kill would, rather than let the job's close write out the half of it that ran: the next start then
 * makes every change again, where it used to fail on what was kept. For the migrations
 * {@link HistoryMigrations} calls it once Flyway's migrate has failed, not Flyway's error callback:
 * Flyway still uses the connection after that callback, and would report its closing instead of the
 * failure. Other databases are left alone: PostgreSQL runs each migration in a transaction, and
 * an in-memory HSQLDB keeps nothing across a kill.
 *
 * <p>The job switches the log off the same way for the night's history ({@code StateStore.logOffForTheRun}:
 * {@code begin}), and on again once the completed run is written out and read back ({@code end}); a
 * run that failed, was stopped or was killed after its history leaves it off, and the next start's
 * {@code end} switches it on.
 */
@Component
public class UnloggedSchemaChanges implements Callback {

    private static final Logger log = LoggerFactory.getLogger(UnloggedSchemaChanges.class);

    private static final String LOG_ON = "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
            + "WHERE PROPERTY_NAME = 'hsqldb.log_data'";

    /** Before the first schema change: the database written out and its log switched off. */
    public static void begin(Connection connection) throws SQLException {
        if (inFiles(connection) && Boolean.TRUE.equals(logOn(connection))) {
            log.debug("Writing the state database out and switching its log off");
            execute(connection, "CHECKPOINT");
            execute(connection, "SET FILES LOG FALSE");
        }
    }

    /** After the last schema change (and on every start): the database written out and its log switched on. */
    public static void end(Connection connection) throws SQLException {
        if (inFiles(connection) && Boolean.FALSE.equals(logOn(connection))) {
            log.debug("Writing the state database out and switching its log back on");
            execute(connection, "CHECKPOINT");
            execute(connection, "SET FILES LOG TRUE");
        }
    }

    /**
     * Makes {@code changes} all or nothing: {@link #begin} before, {@link #end} after, and, should they
     * fail, {@link #undo}, the failure thrown as it was (a failure to undo added to it).
     */
    public static void allOrNothing(Connection connection, Runnable changes) throws SQLException {
        begin(connection);
        try {
            changes.run();
        } catch (RuntimeException e) {
            undoAfter(connection, e);
            throw e;
        }
        end(connection);
    }

    /** {@link #undo} after schema changes failed with {@code failure}, to which a failure to undo is added. */
    public static void undoAfter(Connection connection, RuntimeException failure) {
        try {
            undo(connection);
        } catch (SQLException notUndone) {
            failure.addSuppressed(notUndone);
        }
    }

    /**
     * After a schema change failed between {@link #begin} and {@link #end}: the database closed without
     * being written out ({@code SHUTDOWN IMMEDIATELY}), which leaves it on disk as the checkpoint of
     * {@code begin} left it; the job's connections to it are closed with it. Does nothing where the log
     * is on (the failure came before {@code begin}, or on another database).
     */
    private static void undo(Connection connection) throws SQLException {
        if (inFiles(connection) && Boolean.FALSE.equals(logOn(connection))) {
            log.debug("Closing the state database without writing it out: its schema changes failed");
            execute(connection, "SHUTDOWN IMMEDIATELY");
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                begin(context.getConnection());
            } else {
                end(context.getConnection());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch the state database's log for its migrations: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "unlogged schema changes";
    }

    private static boolean inFiles(Connection connection) throws SQLException {
        return inFiles(connection.getMetaData().getURL());
    }

    /** Whether a JDBC URL is that of an HSQLDB database kept in files (the embedded state database). */
    public static boolean inFiles(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:hsqldb:file:");
    }

    /** Whether the database's log is on; null if HSQLDB does not say, and then it is left as it is. */
    private static Boolean logOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(LOG_ON)) {
            return rs.next() ? Boolean.valueOf(rs.getString(1)) : null;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
