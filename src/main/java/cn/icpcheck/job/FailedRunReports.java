package cn.icpcheck.job;

import cn.icpcheck.report.ReportWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.NestedExceptionUtils;

/**
 * After an execution that did not complete, writes what a failed run still owes its readers
 * (operations.md): rejects.csv and summary.json with the failure. The run's state is job-scoped, and
 * Spring Batch calls this listener while the job scope is still active.
 */
final class FailedRunReports implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FailedRunReports.class);

    private final RunState state;
    private final ReportWriter reports;

    FailedRunReports(RunState state, ReportWriter reports) {
        this.state = state;
        this.reports = reports;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        try {
            reports.writeFailed(state.result(execution), failure(execution), state.about(execution),
                    RunState.durationMs(execution));
        } catch (Exception e) {
            log.warn("Could not write rejects.csv and summary.json of the failed run: {}", e.getMessage());
        }
    }

    /** The failure in a sentence: the most specific cause of the first failure. */
    static String failure(JobExecution execution) {
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (failure == null) {
            String description = execution.getExitStatus().getExitDescription();
            return description == null || description.isBlank() ? "the run " + execution.getStatus().name().toLowerCase()
                    : description;
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
