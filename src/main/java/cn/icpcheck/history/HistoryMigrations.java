package cn.icpcheck.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the versioned migrations of the history and triage tables are run ({@code db/migration/{vendor}},
 * with the Flyway that Spring Boot configures; the job runs them as it starts, after the job
 * repository's tables exist). A schema without Flyway's schema history is baselined in two cases only:
 * <ul>
 * <li>a state database made by release 0.1, which has the history tables of version 1: at version 1,
 * its tables kept as they are;</li>
 * <li>a new state database, which holds only the tables the application created before the migrations
 * (the job repository's): at version 0, so that every migration runs.</li>
 * </ul>
 * A schema without schema history that holds any other table stops the run, untouched, rather than
 * being guessed at.
 */
@Component
public class HistoryMigrations {

    /** The table that marks a state database of release 0.1. */
    static final String RELEASE_0_1_TABLE = "ICP_HISTORY_RUN";

    private static final Logger log = LoggerFactory.getLogger(HistoryMigrations.class);

    /** The version a schema that is new to the history is baselined at, so that every migration runs. */
    static final String NEW_SCHEMA_BASELINE = "0";

    /**
     * Migrates the history and triage tables. {@code otherTable} tells the tables the application keeps
     * in the same schema and creates before the migrations run (Spring Batch's job repository): a schema
     * without a schema history that holds only those, or nothing, is new to the history, and is
     * baselined at version {@value #NEW_SCHEMA_BASELINE} when it holds any, so that Flyway runs every
     * migration on it; one that holds any other table is refused.
     */
    public void migrate(Flyway flyway, Predicate<String> otherTable) {
        Configuration configuration = flyway.getConfiguration();
        Set<String> tables = tables(configuration.getDataSource());
        if (!tables.contains(configuration.getTable().toUpperCase(Locale.ROOT))) {
            if (tables.contains(RELEASE_0_1_TABLE)) {
                log.info("Upgrading the state database of release 0.1 in place: its history is kept");
                flyway.baseline();
            } else if (tables.stream().anyMatch(otherTable.negate())) {
                throw new IllegalStateException("the state database holds tables that are not the job's ("
                        + String.join(", ", tables.stream().filter(otherTable.negate()).sorted().limit(5).toList())
                        + ") and no record of its migrations: give the job a database or schema of its own");
            } else if (!tables.isEmpty()) {
                Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                        .baselineVersion(NEW_SCHEMA_BASELINE)
                        .baselineDescription("history new to this schema")
                        .load().baseline();
            }
        }
        flyway.migrate();
    }

    /** The tables of the connection's schema, their names in upper case. */
    private static Set<String> tables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            Set<String> tables = new HashSet<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state database's tables: " + e.getMessage(), e);
        }
    }
}
