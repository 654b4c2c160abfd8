package cn.icpcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Creates the state database's tables when they are missing: Spring Batch's job repository (its
 * own schema script for the database in use) and the findings history. It looks before it creates,
 * so no error is ever ignored. An HSQLDB database is switched to row-level (MVCC) concurrency,
 * which steps running side by side need.
 */
@Component
public class StateSchema implements InitializingBean {

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
            if (!tableExists(meta, "BATCH_JOB_INSTANCE")) {
                log.info("Creating the Spring Batch job repository tables ({})", platform);
                new ResourceDatabasePopulator(
                        new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                        .populate(connection);
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

    static boolean tableExists(DatabaseMetaData meta, String table) throws SQLException {
        for (String candidate : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
