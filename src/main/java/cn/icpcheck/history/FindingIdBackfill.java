package cn.icpcheck.history;

import cn.icpcheck.rules.FindingId;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Migration version 3: gives the findings recorded before version 2 their id, worked out from their
 * key as {@link FindingId} does (SQL has no portable SHA-256 and base32), so that decisions can be
 * made on findings of nights recorded by release 0.1. Spring Boot hands this bean to Flyway.
 */
@Component
public class FindingIdBackfill implements JavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "finding ids of earlier findings";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             PreparedStatement update = context.getConnection().prepareStatement("""
                     UPDATE ICP_HISTORY_FINDING SET FINDING_ID = ?
                     WHERE RULE = ? AND SUBJECT_NO = ? AND SERVICE_NO = ? AND OBJECT = ? AND FINDING_ID IS NULL""")) {
            int pending = 0;
            try (ResultSet rs = select.executeQuery("""
                    SELECT DISTINCT RULE, SUBJECT_NO, SERVICE_NO, OBJECT FROM ICP_HISTORY_FINDING
                    WHERE FINDING_ID IS NULL""")) {
                while (rs.next()) {
                    update.setString(1, FindingId.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    for (int i = 1; i <= 4; i++) {
                        update.setString(i + 1, rs.getString(i));
                    }
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
