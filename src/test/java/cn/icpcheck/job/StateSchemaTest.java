package cn.icpcheck.job;

import cn.icpcheck.history.StateTables;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.init.ScriptStatementFailedException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StateSchemaTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void createsTheMissingTablesOnceAndLeavesThemAfterwards(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            StateSchema schema = new StateSchema(database.jdbc().getDataSource());
            schema.afterPropertiesSet();
            database.jdbc().update("INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'nightlyCompliance', 'key')");

            schema.afterPropertiesSet();

            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isOne();
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void refusesASetOfTablesFoundOnlyInPart(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir)) {
            StateSchema schema = new StateSchema(database.jdbc().getDataSource());
            schema.afterPropertiesSet();
            database.jdbc().execute("DROP TABLE BATCH_STEP_EXECUTION_CONTEXT");

            assertThatIllegalStateException().isThrownBy(schema::afterPropertiesSet)
                    .withMessage("the state database has only some of the Spring Batch job repository tables: "
                            + "[BATCH_STEP_EXECUTION_CONTEXT] missing. Restore them, or drop the others to have them created");
        }
    }

    /**
     * Spring Batch's script failing half-way on the embedded database (here on a table of one of its
     * names already there, made before the run): the tables it made before the failure are not kept,
     * so that once the cause is mended the next start makes them all ({@code UnloggedSchemaChanges.undoAfter}).
     */
    @Test
    void aScriptThatFailsHalfWayKeepsNoneOfItsTables() throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir)) {
            database.jdbc().execute("CREATE TABLE BATCH_JOB_EXECUTION_SEQ (ID BIGINT)");
            StateSchema schema = new StateSchema(database.jdbc().getDataSource());

            assertThatExceptionOfType(ScriptStatementFailedException.class).isThrownBy(schema::afterPropertiesSet)
                    .withMessageContaining("CREATE TABLE BATCH_JOB_EXECUTION_SEQ");

            assertThat(StateTables.of(database.jdbc().getDataSource())).containsExactly("BATCH_JOB_EXECUTION_SEQ");
            database.jdbc().execute("DROP TABLE BATCH_JOB_EXECUTION_SEQ");
            schema.afterPropertiesSet();
            assertThat(StateTables.of(database.jdbc().getDataSource())).hasSize(9);
        }
    }

    /** On PostgreSQL the tables are looked for in the connection's schema, not in any schema of the database. */
    @Test
    void tablesOfAnotherSchemaDoNotCount() throws Exception {
        try (StateDatabase first = StateDatabase.create(Platform.POSTGRESQL, dir);
             StateDatabase second = StateDatabase.create(Platform.POSTGRESQL, dir)) {
            first.createSchema();
            first.jdbc().update("INSERT INTO ICP_HISTORY_RUN VALUES (DATE '2026-11-30', 1, 1, TIMESTAMP '2026-11-30 02:40:00', NULL, 0, 0, 0, 0, 0)");
            second.createSchema();

            assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_HISTORY_RUN", Integer.class)).isZero();
        }
    }
}
