package cn.icpcheck.job;

import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DatabaseRunLockTest {

    @TempDir
    Path dir;

    @Test
    void onPostgresqlASecondRunOnTheSameSchemaIsRefusedUntilTheFirstEnds() throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.POSTGRESQL, dir)) {
            DataSource dataSource = database.jdbc().getDataSource();
            DatabaseRunLock lock = new DatabaseRunLock(dataSource);
            try (DatabaseRunLock.Held first = lock.acquire()) {
                assertThatThrownBy(lock::acquire).isInstanceOf(StateLock.HeldException.class)
                        .hasMessageContaining("another run is using the state database");
            }
            assertThatNoException().isThrownBy(() -> lock.acquire().close());
        }
    }

    @Test
    void theEmbeddedDatabaseNeedsNone() throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir)) {
            DatabaseRunLock lock = new DatabaseRunLock(database.jdbc().getDataSource());
            assertThatNoException().isThrownBy(() -> {
                try (DatabaseRunLock.Held first = lock.acquire(); DatabaseRunLock.Held second = lock.acquire()) {
                    // both held at once: the files of the embedded database already keep runs apart
                }
            });
        }
    }
}
