package cn.icpcheck.history;

import cn.icpcheck.job.ExitCodes;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.TestExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.List;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's and the staff's tables migrated as the application starts ({@link HistoryMigrations}):
 * a new state database, one whose migrations fail, one that is not the job's. (A state database of
 * release 0.1: {@code StateUpgradeTest}.)
 */
@ExtendWith(OutputCaptureExtension.class)
class HistoryMigrationsTest {

    private static final String HISTORY = "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aNewStateDatabaseGetsEveryMigrationOnce(Platform platform) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);

            assertThat(command.run(input, DAY_1)).isZero();

            // HSQLDB's versions 4 and 7 set its row cache and its log's size; PostgreSQL has no such settings
            List<String> migrations = platform == Platform.HSQLDB
                    ? List.of("1 SQL", "2 SQL", "3 JDBC", "4 SQL", "5 SQL", "6 SQL", "7 SQL")
                    : List.of("1 SQL", "2 SQL", "3 JDBC", "5 SQL", "6 SQL");
            assertThat(database.jdbc().queryForList(HISTORY, String.class)).containsExactlyElementsOf(migrations);
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_HISTORY_FINDING", Integer.class)).isPositive();

            assertThat(command.run(input, DAY_2)).isZero();
            assertThat(database.jdbc().queryForList(HISTORY, String.class)).containsExactlyElementsOf(migrations);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void migrationsThatFailStopTheRunInPlainWordsBeforeAnythingIsRead(Platform platform, CapturedOutput output)
            throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(input, DAY_1)).isZero();
            Integer checksum = database.jdbc().queryForObject(
                    "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '2'", Integer.class);
            database.jdbc().update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '2'");

            assertThat(command.run(input, DAY_2, "--quiet")).isEqualTo(ExitCodes.FAILED);

            assertThat(output.getErr()).startsWith("icp-compliance: the run failed: Validate failed: Migrations have failed "
                    + "validation" + System.lineSeparator() + "Migration checksum mismatch for migration version 2");
            assertNoStackTrace(output);
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isOne();
            assertThat(command.reports(DAY_2)).doesNotExist();

            database.jdbc().update("UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = '2'", checksum);
            assertThat(command.run(input, DAY_2)).isZero();
        }
    }

    /**
     * HSQLDB's DDL is not transactional and its log is written out every half second: here at every
     * statement, and the run is killed in the middle of a migration (after migration 2, in a migration
     * of the tests' own that kills it after its first statement). The restart finds the database as it
     * was before the first migration, and migrates it as a new one ({@link UnloggedSchemaChanges}).
     */
    @Test
    void aRunKilledInTheMiddleOfItsMigrationsLeavesNoneOfThemAndTheRestartMakesThemAll() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);

            assertThat(command.run(input, DAY_1, "--quiet",
                    "--spring.datasource.url=jdbc:hsqldb:file:" + command.stateDir().resolve("icp-state")
                            + ";shutdown=true;hsqldb.write_delay=false",
                    "--spring.flyway.locations=classpath:db/migration/{vendor},classpath:db/killed-migration"))
                    .isEqualTo(ExitCodes.FAILED);
            assertNoneKept(database);

            assertTheNextRunMakesThemAll(command, input, database);
        }
    }

    /**
     * A migration that fails in error half-way (a migration of the tests' own, after migration 2):
     * the run stops in plain words, and the database is left as it was before the first migration of
     * that start, not with the half that ran, so that the next start makes them all
     * ({@link UnloggedSchemaChanges#undoAfter}).
     */
    @Test
    void aMigrationThatFailsHalfWayLeavesNoneOfThemAndTheNextStartMakesThemAll(CapturedOutput output) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);

            assertThat(command.run(input, DAY_1, "--quiet",
                    "--spring.flyway.locations=classpath:db/migration/{vendor},classpath:db/failing-migration"))
                    .isEqualTo(ExitCodes.FAILED);

            assertThat(output.getErr().lines().toList()).first()
                    .isEqualTo("icp-compliance: the run failed: user lacks privilege or object not found: NO_SUCH_TABLE");
            assertNoStackTrace(output);
            assertNoneKept(database);

            assertTheNextRunMakesThemAll(command, input, database);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aSchemaHoldingTablesOfAnotherApplicationIsLeftAsItIs(Platform platform, CapturedOutput output) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            database.jdbc().execute("CREATE TABLE CUSTOMER (ID INTEGER PRIMARY KEY)");
            Command command = Command.in(dir, database);

            assertThat(command.run(input, DAY_1, "--quiet")).isEqualTo(ExitCodes.FAILED);

            assertThat(output.getErr().lines().toList()).startsWith("icp-compliance: the run failed: the state database "
                    + "holds tables that are not the job's (CUSTOMER) and no record of its migrations: give the job a "
                    + "database or schema of its own");
            assertNoStackTrace(output);
            assertThat(StateTables.of(database.jdbc().getDataSource())).containsExactly("CUSTOMER");
        }
    }

    /** Nothing of a start's migrations kept: Flyway's table, empty, and no other. */
    private static void assertNoneKept(StateDatabase database) {
        assertThat(StateTables.of(database.jdbc().getDataSource())).containsExactly("FLYWAY_SCHEMA_HISTORY");
        assertThat(database.jdbc().queryForList(HISTORY, String.class)).isEmpty();
    }

    /** The next run of the night makes every migration, and nothing of the test's own migration is left. */
    private static void assertTheNextRunMakesThemAll(Command command, Path input, StateDatabase database) {
        assertThat(command.run(input, DAY_1)).isZero();
        assertThat(database.jdbc().queryForList(HISTORY, String.class))
                .containsExactly("1 SQL", "2 SQL", "3 JDBC", "4 SQL", "5 SQL", "6 SQL", "7 SQL");
        assertThat(StateTables.of(database.jdbc().getDataSource())).doesNotContain("HALF_DONE");
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("\tat ", "Exception", "Caused by");
    }
}
