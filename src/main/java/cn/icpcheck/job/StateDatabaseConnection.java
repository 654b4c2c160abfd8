package cn.icpcheck.job;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the state database as soon as its pool is configured, so that a database that cannot be
 * reached or refuses the login fails the run at once with one sentence naming it
 * ({@code cannot open the state database jdbc:postgresql://… as user icp}) and the driver's reason.
 *
 * <p>On PostgreSQL, within 15 seconds (operations.md): the driver gives up connecting after
 * {@value #CONNECT_SECONDS} s and logging in after {@value #LOGIN_SECONDS} s, the pool tries again
 * for {@value #INITIALIZATION_MILLIS} ms only, and a connection asked for later waits at most
 * {@value #CONNECTION_MILLIS} ms. Settings given as {@code spring.datasource.hikari.data-source-properties.*}
 * are kept. The embedded HSQLDB keeps its longer retry (application.properties): after a kill its
 * lock file stays taken for about ten seconds.
 */
@Component
public class StateDatabaseConnection implements BeanPostProcessor {

    static final int CONNECT_SECONDS = 5;
    static final int LOGIN_SECONDS = 8;
    static final long INITIALIZATION_MILLIS = 1_000;
    static final long CONNECTION_MILLIS = 10_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                Properties driver = pool.getDataSourceProperties();
                driver.putIfAbsent("connectTimeout", String.valueOf(CONNECT_SECONDS));
                driver.putIfAbsent("loginTimeout", String.valueOf(LOGIN_SECONDS));
                pool.setInitializationFailTimeout(Math.min(pool.getInitializationFailTimeout(), INITIALIZATION_MILLIS));
                pool.setConnectionTimeout(Math.min(pool.getConnectionTimeout(), CONNECTION_MILLIS));
            }
            open(pool);
        }
        return bean;
    }

    private static void open(HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            throw new StateDatabaseException("cannot open the state database " + pool.getJdbcUrl()
                    + (pool.getUsername() == null || pool.getUsername().isEmpty() ? "" : " as user " + pool.getUsername()), e);
        }
    }

    /** The state database cannot be opened. */
    public static final class StateDatabaseException extends RuntimeException {
        StateDatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
