package cn.icpcheck.testing;

import cn.icpcheck.history.FindingIdBackfill;
import cn.icpcheck.history.HistoryMigrations;
import cn.icpcheck.history.UnloggedSchemaChanges;
import cn.icpcheck.job.StateSchema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The state database of a test: the embedded HSQLDB in the state folder, or a fresh schema of the
 * PostgreSQL server that {@code ICP_TEST_POSTGRES_URL} names (with {@code ICP_TEST_POSTGRES_USER}
 * and {@code ICP_TEST_POSTGRES_PASSWORD}), dropped when closed. Without that variable the
 * PostgreSQL variant is skipped, as a JUnit assumption.
 */
public abstract class StateDatabase implements AutoCloseable {

    public enum Platform { HSQLDB, POSTGRESQL }

    public static final String POSTGRES_URL = "ICP_TEST_POSTGRES_URL";

    /** Opens the state database of a test whose state folder is {@code stateDir}. */
    public static StateDatabase create(Platform platform, Path stateDir) {
        return switch (platform) {
            case HSQLDB -> new Hsqldb(stateDir);
            case POSTGRESQL -> new Postgres();
        };
    }

    /** The command-line arguments that point a run at this database (besides {@code --state-dir}). */
    public abstract List<String> arguments();

    /** A connection for the test's own queries. */
    public abstract JdbcTemplate jdbc();

    /**
     * Creates or upgrades the state database's tables as the application does when it starts: the
     * versioned migrations as Spring Boot runs them, then Spring Batch's tables.
     */
    public void createSchema() throws Exception {
        new HistoryMigrations().migrate(flyway().load());
        new StateSchema(jdbc().getDataSource()).afterPropertiesSet();
    }

    /** Creates the history and triage tables as a release of migration {@code version} made them. */
    public void migrateTo(String version) {
        new HistoryMigrations().migrate(flyway().target(version).load());
    }

    private FluentConfiguration flyway() {
        String vendor = this instanceof Postgres ? "postgresql" : "hsqldb";
        return Flyway.configure().dataSource(jdbc().getDataSource())
                .locations("classpath:db/migration/" + vendor).javaMigrations(new FindingIdBackfill())
                .callbacks(new UnloggedSchemaChanges())
                .baselineVersion("1");
    }

    @Override
    public void close() {
    }

    /**
     * The test's own connections leave the database open (no {@code shutdown=true}: shutting down
     * on every last close makes a quick reconnect race the closing); {@link #close} shuts it down.
     * So a test must not query it while a run in another JVM needs it.
     */
    private static final class Hsqldb extends StateDatabase {

        private final Path stateDir;

        Hsqldb(Path stateDir) {
            this.stateDir = stateDir.toAbsolutePath();
        }

        @Override
        public List<String> arguments() {
            return List.of();
        }

        @Override
        public JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource("jdbc:hsqldb:file:" + stateDir.resolve("icp-state"), "SA", ""));
        }

        @Override
        public void close() {
            if (Files.exists(stateDir.resolve("icp-state.properties"))) {
                jdbc().execute("SHUTDOWN");
            }
        }
    }

    private static final class Postgres extends StateDatabase {

        private final String url;
        private final String user = System.getenv("ICP_TEST_POSTGRES_USER");
        private final String password = System.getenv("ICP_TEST_POSTGRES_PASSWORD");
        private final String schema = "icp_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

        Postgres() {
            String server = System.getenv(POSTGRES_URL);
            assumeTrue(server != null && !server.isBlank(), POSTGRES_URL + " is not set: no PostgreSQL to test against");
            url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            new JdbcTemplate(new DriverManagerDataSource(server, user, password)).execute("CREATE SCHEMA " + schema);
        }

        @Override
        public List<String> arguments() {
            return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password);
        }

        @Override
        public JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        }

        @Override
        public void close() {
            jdbc().execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
