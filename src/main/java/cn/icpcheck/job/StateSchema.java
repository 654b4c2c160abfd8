package cn.icpcheck.job;

import cn.icpcheck.history.StateTables;
import cn.icpcheck.history.UnloggedSchemaChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creates Spring Batch's job repository tables when they are missing, from Spring Batch's own schema
 * script for the database in use (the history and triage tables come from versioned migrations,
 * which Spring Boot runs before this: {@code db/migration/{vendor}}). It looks before it creates,
 * in the connection's own schema, so no error is ever ignored, and creates them all or none across a
 * kill ({@link UnloggedSchemaChanges}); a set of tables found only in part stops the run rather than
 * being patched up. An HSQLDB database is switched to row-level (MVCC)
 * concurrency, which steps running side by side need.
 */
@Component
@DependsOnDatabaseInitialization
public class StateSchema implements InitializingBean {

    /** Tables created together by one script, {@code %s} in its location standing for the platform. */
    record Script(String what, String location, List<String> tables) {
    }

    static final List<Script> SCRIPTS = List.of(
            new Script("Spring Batch job repository", "org/springframework/batch/core/schema-%s.sql",
                    List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
                            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT")));

    private static final Logger log = LoggerFactory.getLogger(StateSchema.class);

    private final DataSource dataSource;

    public StateSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String platform = platform(meta.getDatabaseProductName());
            if (platform.equals("hsqldb")) {
                // the job runs some steps side by side, each updating its own rows of the job
                // repository: with HSQLDB's default table locks their commits can deadlock
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
                }
            }
            Set<String> present = StateTables.of(connection);
            for (Script script : SCRIPTS) {
                List<String> missing = script.tables().stream().filter(table -> !present.contains(table)).toList();
                if (missing.size() == script.tables().size()) {
                    log.info("Creating the {} tables ({})", script.what(), platform);
                    // all or nothing: a run killed half-way through the script must not leave some of them
                    UnloggedSchemaChanges.allOrNothing(connection, () -> new ResourceDatabasePopulator(
                            new ClassPathResource(script.location().formatted(platform))).populate(connection));
                } else if (!missing.isEmpty()) {
                    throw new IllegalStateException("the state database has only some of the " + script.what()
                            + " tables: " + missing + " missing. Restore them, or drop the others to have them created");
                }
            }
        }
    }

    static String platform(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("hsql")) {
            return "hsqldb";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("unsupported state database: " + productName + " (use HSQLDB or PostgreSQL)");
    }
}
