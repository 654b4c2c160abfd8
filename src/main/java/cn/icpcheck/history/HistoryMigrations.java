package cn.icpcheck.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * How Spring Boot runs the versioned migrations of the history and triage tables
 * ({@code db/migration/{vendor}}): a state database made by release 0.1 has the history tables of
 * version 1 but no schema history of Flyway's; it is baselined at version 1 (its tables are kept as
 * they are) and then migrated. Only such a database is baselined: any other schema that holds tables
 * and has no schema history stops the run, untouched, in plain words, rather than being guessed at
 * (Flyway's own refusal would advise calling {@code baseline()}). A migration that fails on an HSQLDB
 * file database is taken back with every one before it of this start ({@link UnloggedSchemaChanges#undoAfter}).
 */
@Component
public class HistoryMigrations implements FlywayMigrationStrategy {

    /** The table that marks a state database of release 0.1. */
    static final String RELEASE_0_1_TABLE = "ICP_HISTORY_RUN";

    private static final Logger log = LoggerFactory.getLogger(HistoryMigrations.class);

    @Override
    public void migrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        // the schema's tables, not Flyway's info, which would read every migration script before migrate does
        Set<String> tables = StateTables.of(configuration.getDataSource());
        if (!tables.isEmpty() && !tables.contains(configuration.getTable().toUpperCase(Locale.ROOT))) {
            if (!tables.contains(RELEASE_0_1_TABLE)) {
                throw new IllegalStateException("the state database holds tables that are not the job's ("
                        + String.join(", ", tables.stream().sorted().limit(5).toList())
                        + ") and no record of its migrations: give the job a database or schema of its own");
            }
            log.info("Upgrading the state database of release 0.1 in place: its history is kept");
            flyway.baseline();
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            try (Connection connection = configuration.getDataSource().getConnection()) {
                UnloggedSchemaChanges.undoAfter(connection, e);
            } catch (SQLException notConnected) {
                e.addSuppressed(notConnected);
            }
            throw e;
        }
    }
}
