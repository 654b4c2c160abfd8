package cn.icpcheck.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The state database's checkpoint: once the history is recorded, beside the next report step's work, awaited by the job. */
@ExtendWith(OutputCaptureExtension.class)
class StateCheckpointTest {

    private final StateStore store = mock(StateStore.class);
    private final StateCheckpoint checkpoint = new StateCheckpoint(store);
    private final JobExecution job = new JobExecution(7, new JobInstance(7, "nightlyCompliance"), new JobParameters());

    @Test
    void notBeforeTheHistoryIsRecorded() throws Exception {
        StepExecution history = step("recordHistory");
        checkpoint.besideReport(job);
        history.setStatus(BatchStatus.STARTED);
        checkpoint.besideReport(job);
        checkpoint.afterJob(job);

        verify(store, never()).checkpoint();
    }

    @Test
    void onceAfterTheHistoryIsRecordedAndTheJobWaitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        doAnswer(call -> {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            done.set(true);
            return null;
        }).when(store).checkpoint();
        step("recordHistory").setStatus(BatchStatus.COMPLETED);

        // the report step whose work starts next does not wait for it, nor does the one after
        checkpoint.besideReport(job);
        checkpoint.besideReport(job);
        assertThat(done).isFalse();
        release.countDown();
        checkpoint.afterJob(job);

        assertThat(done).isTrue();
        verify(store, times(1)).checkpoint();
    }

    @Test
    void oneThatFailsIsLoggedAndLeftToTheShutdown(CapturedOutput output) throws Exception {
        doThrow(new SQLException("No space left on device")).when(store).checkpoint();
        step("recordHistory").setStatus(BatchStatus.COMPLETED);

        checkpoint.besideReport(job);
        checkpoint.afterJob(job);

        assertThat(output).contains("Could not write the state database's data file beside the reports "
                + "(No space left on device); the shutdown at the end of the run writes it");
    }

    private StepExecution step(String name) {
        StepExecution step = new StepExecution(job.getStepExecutions().size() + 1L, name, job);
        if (!job.getStepExecutions().contains(step)) {
            job.addStepExecution(step);
        }
        return step;
    }
}
