package cn.icpcheck.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;

/**
 * The frame of a test that compares runs with {@link UnbrokenRuns}: the unbroken runs are made
 * once per test class in a folder of their own, each test gets a fresh folder, and a step fault
 * armed by a test never outlives it.
 */
@ExtendWith(OutputCaptureExtension.class)
public abstract class AgainstUnbrokenRuns {

    @TempDir
    static Path shared;
    protected static UnbrokenRuns unbroken;

    @TempDir
    protected Path dir;

    @BeforeAll
    static void runWithoutBreaks() throws Exception {
        unbroken = UnbrokenRuns.make(shared);
    }

    @AfterAll
    static void closeUnbroken() {
        if (unbroken != null) {
            unbroken.close();
        }
    }

    @AfterEach
    void disarm() {
        StepFault.clear();
    }
}
