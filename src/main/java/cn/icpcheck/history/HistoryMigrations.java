package cn.icpcheck.history;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * How Spring Boot runs the versioned migrations of the history and triage tables
 * ({@code db/migration/{vendor}}): a state database made by release 0.1 has the history tables of
 * version 1 but no schema history of Flyway's; it is baselined at version 1 (its tables are kept as
 * they are) and then migrated. Only such a database is baselined: any other schema that is not empty
 * and has no schema history stops the run, as Flyway does by default, rather than being guessed at.
 */
@Component
public class HistoryMigrations implements FlywayMigrationStrategy {

    /** The table that marks a state database of release 0.1. */
    static final String RELEASE_0_1_TABLE = "ICP_HISTORY_RUN";

    private static final Logger log = LoggerFactory.getLogger(HistoryMigrations.class);

    @Override
    public void migrate(Flyway flyway) {
        // the table first: Flyway's info reads every migration script, a second time before migrate
        if (hasTable(flyway.getConfiguration().getDataSource(), RELEASE_0_1_TABLE) && flyway.info().current() == null) {
            log.info("Upgrading the state database of release 0.1 in place: its history is kept");
            flyway.baseline();
        }
        flyway.migrate();
    }

    private static boolean hasTable(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state database's tables: " + e.getMessage(), e);
        }
    }
}
