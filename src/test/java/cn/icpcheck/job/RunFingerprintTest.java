package cn.icpcheck.job;

import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * operations.md, "A restart never mixes two exports": the fingerprint an execution keeps is the one its
 * launch compared (taken once), kept in its context and saved when the job ends.
 */
class RunFingerprintTest {

    @TempDir
    Path dir;

    private final JobRepository repository = mock(JobRepository.class);
    private final RunFingerprint fingerprints = new RunFingerprint(repository);

    @Test
    void anExecutionKeepsTheFingerprintItsLaunchComparedAndSavesItWhenTheJobEnds() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        // the same folder, named otherwise
        Supplier<ExportFingerprint> launch = fingerprints.forLaunch(new ExportFolder(input.resolve("."),
                StandardCharsets.UTF_8));
        ExportFingerprint compared = launch.get();
        // taken once: what the launch compared is what the execution keeps, not the export hashed again
        Files.writeString(input.resolve("domains.csv"), "\n", StandardOpenOption.APPEND);
        assertThat(launch.get()).isSameAs(compared);

        JobExecution execution = execution(1, input);
        fingerprints.beforeJob(execution);
        ExportFingerprint kept = fingerprints.of(execution);
        fingerprints.afterJob(execution);

        assertThat(kept.encode()).isEqualTo(compared.encode());
        assertThat(RunFingerprint.recorded(execution).encode()).isEqualTo(compared.encode());
        assertThat(execution.getJobParameters().getString(RunFingerprint.KEY)).isNull();
        verify(repository).updateExecutionContext(execution);
    }

    @Test
    void anExecutionOfAnotherFolderTakesItsOwn() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        Path other = TestExport.dayOne().writeTo(dir.resolve("other"));
        Files.delete(other.resolve("orders.csv"));
        fingerprints.forLaunch(new ExportFolder(input, StandardCharsets.UTF_8)).get();

        JobExecution execution = execution(2, other);
        fingerprints.beforeJob(execution);

        assertThat(ExportFingerprint.of(new ExportFolder(input, StandardCharsets.UTF_8))
                .differences(fingerprints.of(execution))).containsExactly("orders.csv removed");
    }

    @Test
    void aRestartKeepsTheFingerprintItCarriesOver() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        JobExecution first = execution(3, input);
        fingerprints.beforeJob(first);
        String kept = fingerprints.of(first).encode();

        // Spring Batch hands a restart the context of the execution it resumes
        JobExecution restart = execution(4, input);
        restart.getExecutionContext().putString(RunFingerprint.KEY, kept);
        Files.writeString(input.resolve("domains.csv"), "\n", StandardOpenOption.APPEND);
        fingerprints.beforeJob(restart);
        fingerprints.afterJob(restart);

        assertThat(fingerprints.of(restart).encode()).isEqualTo(kept);
        verify(repository, never()).updateExecutionContext(restart);
    }

    @Test
    void anExecutionOfAnEarlierVersionKeptItAsAParameterAndOneKilledEarlyKeptNone() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        String print = ExportFingerprint.of(new ExportFolder(input, StandardCharsets.UTF_8)).encode();
        JobExecution earlier = new JobExecution(5, new JobInstance(5, "nightlyCompliance"),
                new JobParametersBuilder().addString(RunFingerprint.KEY, print, false).toJobParameters());

        assertThat(RunFingerprint.recorded(earlier).encode()).isEqualTo(print);
        assertThat(RunFingerprint.recorded(execution(6, input))).isNull();
    }

    private static JobExecution execution(long id, Path input) {
        return new JobExecution(id, new JobInstance(id, "nightlyCompliance"), new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toString(), false)
                .addString(JobParameterNames.INPUT_CHARSET, "UTF-8", false)
                .toJobParameters());
    }
}
