package cn.icpcheck.job;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.history.RecordedRun;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.RejectReason;
import cn.icpcheck.input.RejectedRow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the export that was read is plausibly whole (operations.md, "A broken export fails the
 * run"): no lines lost to an unterminated quote, every required file with at least one accepted
 * row, and no required file shrunk by more than {@code --max-shrink} percent against the last
 * completed run. Decided after every file was read, so that a failed run's rejects.csv lists
 * every rejected row.
 */
final class ExportCheck {

    private ExportCheck() {
    }

    /** Thrown when the export is not whole; the message is the failure sentence. */
    static final class BrokenExportException extends RuntimeException {
        BrokenExportException(String message) {
            super(message);
        }
    }

    static void verify(RunState state, JobExecution execution, FindingHistory history, JobRepository repository) {
        List<String> problems = new ArrayList<>();
        for (RejectedRow reject : state.rejects().all()) {
            if (reject.reason() == RejectReason.MALFORMED_CSV && reject.detail().startsWith("lines ")) {
                problems.add(reject.file().fileName() + ": " + reject.detail() + " (an unterminated quote)");
            }
        }
        Optional<RecordedRun> previous = history.runsBefore(state.runDate()).stream().findFirst();
        JobExecution previousExecution = previous.map(run -> repository.getJobExecution(run.jobExecutionId()))
                .orElse(null);
        int maxShrink = state.job().maxShrink();
        for (ExportFile file : ExportFile.values()) {
            if (!file.isRequired()) {
                continue;
            }
            long accepted = accepted(execution, file);
            if (accepted == 0) {
                problems.add(file.fileName() + " has no accepted row (" + state.rejects().count(file) + " rejected)");
                continue;
            }
            long before = previousExecution == null ? 0 : accepted(previousExecution, file);
            if (before > 0 && accepted * 100 < (100L - maxShrink) * before) {
                problems.add(file.fileName() + " has " + accepted + " accepted rows, fewer than " + (100 - maxShrink)
                        + "% of the " + before + " accepted by the last completed run ("
                        + previous.get().runDate() + "); if the export really shrank, run again with --max-shrink=100");
            }
        }
        if (!problems.isEmpty()) {
            throw new BrokenExportException("the export is not whole: " + String.join("; ", problems)
                    + ". Fix the export, then run the same command again");
        }
    }

    /** The rows of a file an execution accepted: those its reading step passed on to be checked. */
    private static long accepted(JobExecution execution, ExportFile file) {
        long accepted = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals(ReadingSteps.name(file))) {
                accepted = step.getWriteCount();
            }
        }
        return accepted;
    }
}
