package cn.icpcheck.history;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of the state database's schema (the connection's own), their names in upper case, as
 * the start finds them: which migrations a database needs ({@link HistoryMigrations}), and whether
 * Spring Batch's tables are there ({@code StateSchema}). One query of the database's metadata.
 */
public final class StateTables {

    private StateTables() {
    }

    public static Set<String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state database's tables: " + e.getMessage(), e);
        }
    }

    public static Set<String> of(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            Set<String> tables = new HashSet<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
            return tables;
        }
    }
}
