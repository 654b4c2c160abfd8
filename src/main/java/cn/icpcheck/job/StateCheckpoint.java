package cn.icpcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Writes the embedded state database's data file (HSQLDB's checkpoint, {@link StateStore#checkpoint})
 * on a thread of its own once the night's history is recorded, as the next report step's work starts,
 * so that the reports go on meanwhile (a step that starts or ends while it runs waits for it).
 *
 * <p>HSQLDB checkpoints by itself when its log outgrows a size (migration 7 lets it grow to 1,000 MB).
 * With the default 50 MB, a night's history at a million subjects outgrew it, and the checkpoint (1-3 s)
 * ran in the commit of the step that recorded the history: the flow waited, and the contact list after
 * it started that much later. It is started by a report step's work ({@link #besideReport}), not as the
 * step starts: a checkpoint holds every other statement until it ends, and a step, once its listeners'
 * {@code beforeStep} ran, writes its execution context before its work starts (Spring Batch's
 * {@code TaskletStep}): started from {@code beforeStep}, as it was before, it made the contact list wait
 * 0.75 s at three million subjects. The report steps use the database again only when they end.
 *
 * <p>The log is off from the history on ({@link StateStore#logOffForTheRun}): this checkpoint is what a
 * kill after it takes the database back to, the night's history included. The job waits for it before
 * it ends; one that fails is logged and left to the shutdown that confirms a completed run
 * ({@link StateStore#confirm}), which checkpoints as well and fails the run when it cannot.
 */
@Component
class StateCheckpoint implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StateCheckpoint.class);

    private final StateStore store;
    private final ExecutionAside<Void> running = new ExecutionAside<>("icp-checkpoint-");

    StateCheckpoint(StateStore store) {
        this.store = store;
    }

    /**
     * Starts the checkpoint if the history is recorded and it has not started for this execution: called
     * as a report step's work starts, inside its transaction, before that work uses the database.
     */
    void besideReport(JobExecution job) {
        if (!historyRecorded(job)) {
            return;
        }
        // once per execution: the first report step to start after the history
        running.start(job, () -> {
            try {
                store.checkpoint();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public void afterJob(JobExecution job) {
        try {
            running.awaitEnd(job);
        } catch (RuntimeException e) {
            log.warn("Could not write the state database's data file beside the reports ({}); the shutdown at the "
                    + "end of the run writes it", e.getMessage());
        }
    }

    private static boolean historyRecorded(JobExecution job) {
        return job.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals(NightlyComplianceJobConfig.RECORD_HISTORY)
                        && s.getStatus() == BatchStatus.COMPLETED);
    }
}
