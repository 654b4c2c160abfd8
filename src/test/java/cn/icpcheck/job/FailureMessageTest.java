package cn.icpcheck.job;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's cause chains: sentences only, each said once, the root cause last. */
class FailureMessageTest {

    @Test
    void springsWrappersAndRepeatsAreLeftOutAndTheRootCauseKept() {
        SQLException root = new SQLException("FATAL: password authentication failed for user \"icp\"");
        RuntimeException pool = new RuntimeException("Failed to initialize pool: " + root.getMessage(), root);
        RuntimeException ours = new RuntimeException("cannot open the state database jdbc:postgresql://db/icp as user icp", pool);
        BeanCreationException spring = new BeanCreationException("dataSource", "Error creating bean with name 'dataSource'", ours);

        assertThat(FailureMessage.describe("the run failed", spring)).isEqualTo(
                "the run failed: cannot open the state database jdbc:postgresql://db/icp as user icp"
                        + System.lineSeparator() + "  because FATAL: password authentication failed for user \"icp\"");
    }

    @Test
    void fileSystemFailuresInWords() {
        UncheckedIOException failure = new UncheckedIOException(new AccessDeniedException("/srv/reports/x.csv"));
        assertThat(FailureMessage.causes(failure)).containsExactly("permission denied: /srv/reports/x.csv");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        assertThat(FailureMessage.causes(new IllegalStateException(new NullPointerException())))
                .containsExactly("an unexpected NullPointerException (run with --debug for its trace)");
    }

    @Test
    void theHeapRunOutSaysWhatToGiveTheJob() {
        assertThat(FailureMessage.describe("the run failed", new OutOfMemoryError("GC overhead limit exceeded"))).isEqualTo("the run failed: the job ran out of memory"
                + " (GC overhead limit exceeded): give the job a larger heap (-Xmx): about 1 GiB per million subjects,"
                + " and 1 GiB more per million findings beyond 400,000 per million subjects (docs/operations.md)");
    }
}
