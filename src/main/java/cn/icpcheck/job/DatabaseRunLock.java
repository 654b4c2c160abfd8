package cn.icpcheck.job;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, the state database itself keeps two runs apart: the state-folder lock
 * ({@link StateLock}) only sees runs on the same machine, while the database may be shared by
 * several (a Kubernetes CronJob whose pod moved, a second scheduler). A session-level advisory lock,
 * keyed by the connection's schema, is held for the whole run on a connection of its own; the server
 * releases it when the process ends, however it ends. The embedded HSQLDB needs none: its files
 * cannot be opened by two processes.
 */
@Component
public class DatabaseRunLock {

    private final DataSource dataSource;

    public DatabaseRunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Takes the lock for this run.
     *
     * @throws StateLock.HeldException when another run holds it
     */
    public Held acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return () -> { };
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT pg_try_advisory_lock(hashtext('icp-compliance:' || current_schema()))")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new StateLock.HeldException("another run is using the state database "
                            + connection.getMetaData().getURL() + " (schema " + connection.getSchema()
                            + "); this run was refused and changed nothing");
                }
            }
            return connection::close;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
