package cn.icpcheck.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema changes of an HSQLDB file database kept all or nothing across a kill
 * ({@link UnloggedSchemaChanges}). A kill is HSQLDB's {@code SHUTDOWN IMMEDIATELY}, which stops the
 * database without writing it out; the log is written at every commit ({@code SET FILES WRITE DELAY
 * FALSE}), as it is once HSQLDB's half second has passed, so that what the log holds is not left to
 * chance.
 */
class UnloggedSchemaChangesTest {

    @TempDir
    Path dir;

    @Test
    void withoutItAKillInTheMiddleKeepsThePartAlreadyWritten() throws Exception {
        try (Connection connection = open()) {
            createTable(connection, "FIRST");
            createTable(connection, "SECOND");
            kill(connection);
        }
        try (Connection connection = open()) {
            assertThat(StateTables.of(connection)).containsExactlyInAnyOrder("BEFORE_CHANGES", "FIRST", "SECOND");
        }
    }

    @Test
    void aKillBetweenBeginAndEndLeavesTheDatabaseAsItWasBefore() throws Exception {
        try (Connection connection = open()) {
            UnloggedSchemaChanges.begin(connection);
            createTable(connection, "FIRST");
            createTable(connection, "SECOND");
            kill(connection);
        }
        try (Connection connection = open()) {
            assertThat(StateTables.of(connection)).containsExactlyInAnyOrder("BEFORE_CHANGES");
            assertThat(logOn(connection)).isTrue();
        }
    }

    @Test
    void endWritesTheChangesOutAndTheLogKeepsWhatFollows() throws Exception {
        try (Connection connection = open()) {
            UnloggedSchemaChanges.begin(connection);
            createTable(connection, "FIRST");
            endThenKill(connection);
        }
        assertChangesAndWhatFollowedKept();
    }

    @Test
    void aLogLeftOffOnDiskIsSwitchedBackOnByTheNextEnd() throws Exception {
        try (Connection connection = open()) {
            UnloggedSchemaChanges.begin(connection);
            createTable(connection, "FIRST");
            // killed after end's checkpoint, before the log is switched back on
            execute(connection, "CHECKPOINT");
            kill(connection);
        }
        try (Connection connection = open()) {
            assertThat(logOn(connection)).isFalse();
            endThenKill(connection);
        }
        assertChangesAndWhatFollowedKept();
    }

    @Test
    void aDatabaseInMemoryIsLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:unlogged", "SA", "")) {
            UnloggedSchemaChanges.begin(connection);
            assertThat(logOn(connection)).isTrue();
            execute(connection, "SHUTDOWN");
        }
    }

    @Test
    void onlyAnHsqldbUrlOfFilesIsAFileDatabase() {
        assertThat(UnloggedSchemaChanges.inFiles("jdbc:hsqldb:file:state/icp-state;shutdown=true")).isTrue();
        assertThat(UnloggedSchemaChanges.inFiles("jdbc:hsqldb:mem:icp")).isFalse();
        assertThat(UnloggedSchemaChanges.inFiles("jdbc:postgresql://localhost:5432/icp")).isFalse();
        assertThat(UnloggedSchemaChanges.inFiles((String) null)).isFalse();
    }

    /** The test's database, with a table made and written out before the changes. */
    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + dir.resolve("db"), "SA", "");
        if (StateTables.of(connection).isEmpty()) {
            execute(connection, "SET FILES WRITE DELAY FALSE");
            createTable(connection, "BEFORE_CHANGES");
            execute(connection, "CHECKPOINT");
        }
        return connection;
    }

    /** {@code end}, then a table made after it (so logged, if the log is on), then a kill. */
    private static void endThenKill(Connection connection) throws SQLException {
        UnloggedSchemaChanges.end(connection);
        createTable(connection, "AFTER_CHANGES");
        kill(connection);
    }

    /** The change FIRST and the table made after {@code end} both kept, and the log on. */
    private void assertChangesAndWhatFollowedKept() throws SQLException {
        try (Connection connection = open()) {
            assertThat(StateTables.of(connection)).containsExactlyInAnyOrder("AFTER_CHANGES", "BEFORE_CHANGES", "FIRST");
            assertThat(logOn(connection)).isTrue();
        }
    }

    private static void createTable(Connection connection, String name) throws SQLException {
        execute(connection, "CREATE CACHED TABLE " + name + " (ID INTEGER PRIMARY KEY)");
        execute(connection, "INSERT INTO " + name + " VALUES 1");
    }

    private static void kill(Connection connection) throws SQLException {
        execute(connection, "SHUTDOWN IMMEDIATELY");
    }

    private static boolean logOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = 'hsqldb.log_data'")) {
            rs.next();
            return Boolean.parseBoolean(rs.getString(1));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
