package cn.icpcheck.job;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.history.RecordedRun;
import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.report.SummaryJson;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the nightly job once for the command line's run date: starts it, restarts it when an
 * earlier execution failed or was killed, does nothing when the date already completed (unless
 * {@code --rerun}), and turns the outcome into the exit code of outputs.md. After a completed run it
 * logs a one-line summary and prunes what is older than the retention periods.
 */
@Component
@ConditionalOnProperty(NightlyCommand.COMMAND_LINE_PROPERTY)
public class NightlyRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final FindingHistory history;
    private final Retention retention;
    private final RunFingerprint fingerprints;
    private final DatabaseRunLock databaseLock;
    private final StateStore stateStore;
    private final Set<String> builtIn;
    private int exitCode = ExitCodes.FAILED;

    public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, FindingHistory history,
                         Retention retention, DatabaseRunLock databaseLock, StateStore stateStore,
                         @Value("${" + NightlyCommand.BUILT_IN_PROPERTY + ":}") Set<String> builtIn,
                         RunFingerprint fingerprints) {
        this.fingerprints = fingerprints;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.history = history;
        this.retention = retention;
        this.databaseLock = databaseLock;
        this.stateStore = stateStore;
        this.builtIn = builtIn;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        RunOptions options = RunOptions.parse(args.getSourceArgs());
        logFiles(options);
        StopSignal.whenReceived(this::stopRunningExecutions);
        if (StopSignal.received()) {
            exitCode = stopped();
            return;
        }
        try (DatabaseRunLock.Held lock = databaseLock.acquire()) {
            exitCode = launch(options);
        } catch (StateLock.HeldException e) {
            log.error(e.getMessage());
            System.err.println("icp-compliance: " + e.getMessage());
            exitCode = ExitCodes.FAILED;
        }
    }

    /** Says which configuration, province table and holiday calendar the run uses. */
    private void logFiles(RunOptions options) {
        log.debug("Bean definitions {}", AotDetector.useGeneratedArtifacts()
                ? "made ahead of time at package time" : "from the configuration classes");
        for (BuiltInDefaults.Default d : BuiltInDefaults.Default.values()) {
            Path file = switch (d) {
                case CONFIG -> options.config();
                case PROVINCES -> options.provinces();
                case HOLIDAYS -> options.holidays();
            };
            if (builtIn.contains(d.option())) {
                log.info("Using {} built into the jar ({} is not in the working folder {})", d.what(), d.path(),
                        Path.of("").toAbsolutePath());
            } else {
                log.info("Using {} {}", d.what(), file.toAbsolutePath().normalize());
            }
        }
    }

    /**
     * Asks the running execution of the job to stop at its next safe point (called on SIGTERM or
     * SIGINT): marks it STOPPING in the job repository; each step sees it when it next
     * records its progress (Spring Batch's repository then terminates the step) and the job stops
     * before its next step. Not {@code JobOperator.stop}: in Spring Batch 6 it also updates the running
     * step's record from this thread, racing the step's own update of it (a version conflict that
     * leaves the step UNKNOWN, which no restart can resume).
     */
    private void stopRunningExecutions() {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(job.getName())) {
            try {
                log.warn("Stopping the run of {} at its next safe point (a stop signal arrived)",
                        execution.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE));
                execution.setStatus(BatchStatus.STOPPING);
                jobRepository.update(execution);
            } catch (OptimisticLockingFailureException e) {
                // the job updated its execution meanwhile: once more, from what it wrote
                stopRunningExecutions();
                return;
            }
        }
    }

    private static int stopped() {
        log.warn("The run was stopped by a signal; the same command resumes it");
        System.err.println("icp-compliance: " + StopSignal.MESSAGE);
        return ExitCodes.FAILED;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Launches (or restarts, or declines) the run of a date; returns the exit code. */
    public int launch(RunOptions options) throws Exception {
        LocalDate date = options.runDate();
        ExportFolder folder = new ExportFolder(options.input(), options.inputCharset());
        // hashed now only to compare before a restart; an execution that starts afresh takes it beside its
        // first steps (RunFingerprint)
        Supplier<ExportFingerprint> export = fingerprints.forLaunch(folder);
        long attempt = Math.max(1, lastAttempt(date));
        JobInstance instance = jobRepository.getJobInstance(job.getName(), identify(date, attempt));
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                // killed between Spring Batch creating the run and starting it: nothing to resume
                log.warn("The run of {} was stopped before its first step; starting it afresh", date);
                jobRepository.deleteJobInstance(instance);
            } else if (last.getStatus() == BatchStatus.COMPLETED && !options.rerun()) {
                log.info("The run of {} already completed (reports in {}); nothing to do. Use --rerun to run it "
                        + "again.", date, options.reportDir());
                return ExitCodes.OK;
            } else if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED
                    && exportChanged(last, export, date)) {
                if (last.getStatus().isRunning()) {
                    jobOperator.recover(last);
                }
                attempt++;
            } else {
                attempt = continueAfter(last, date, attempt);
            }
        }
        JobExecution execution = jobOperator.start(job, parameters(options, attempt));
        return outcome(execution, options);
    }

    /**
     * Whether the export differs from the one the run of the date began with (a file added, removed
     * or changed), or may: then resuming would mix two exports, so every step runs again, as the next
     * attempt.
     */
    private boolean exportChanged(JobExecution last, Supplier<ExportFingerprint> now, LocalDate date) {
        ExportFingerprint before = RunFingerprint.recorded(last);
        if (before == null) {
            log.warn("The export the run of {} began with is not known (it stopped before its fingerprint was saved): "
                    + "running every step again, so that no output mixes two exports", date);
            return true;
        }
        List<String> changes = before.differences(now.get());
        if (changes.isEmpty()) {
            return false;
        }
        log.warn("The export changed since the run of {} began ({}): running every step again on the new export, "
                + "so that no output mixes the two", date, String.join(", ", changes));
        return true;
    }

    /** The highest attempt of the date that has a job instance; 0 when the date never ran. */
    private long lastAttempt(LocalDate date) {
        long attempt = 0;
        while (jobRepository.getJobInstance(job.getName(), identify(date, attempt + 1)) != null) {
            attempt++;
        }
        return attempt;
    }

    /** The attempt to run after the last execution of the latest one: that attempt restarted, or the next. */
    private long continueAfter(JobExecution last, LocalDate date, long attempt) {
        switch (last.getStatus()) {
            case COMPLETED -> {
                log.info("Running {} again (--rerun, attempt {})", date, attempt + 1);
                return attempt + 1;
            }
            case ABANDONED -> {
                log.warn("The run of {} was abandoned; starting it afresh (attempt {})", date, attempt + 1);
                return attempt + 1;
            }
            case STARTING, STARTED, STOPPING -> {
                // this process holds the state lock, so no other process is running it: it was killed
                log.warn("The run of {} was interrupted (execution {} still marked {}); restarting it where it "
                        + "stopped.", date, last.getId(), last.getStatus());
                jobOperator.recover(last);
                return attempt;
            }
            default -> {
                log.info("Restarting the run of {} where it stopped (execution {} {})", date, last.getId(),
                        last.getStatus());
                return attempt;
            }
        }
    }

    private int outcome(JobExecution execution, RunOptions options) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            // everything that reads or writes the state database comes before the confirmation:
            // on HSQLDB it shuts the database down and reads it back, and a pooled connection
            // opened before that could be handed out afterwards, already closed
            Optional<RecordedRun> recorded = history.run(options.runDate());
            retention.prune(options);
            try {
                stateStore.confirm(execution.getId(), options.runDate());
            } catch (StateStore.NotSavedException e) {
                log.error(e.getMessage());
                System.err.println("icp-compliance: the run failed: " + e.getMessage());
                try {
                    SummaryJson.markFailed(options.reportDir().resolve(SummaryJson.FILE_NAME), e.getMessage());
                } catch (IOException | RuntimeException summary) {
                    log.warn("Could not mark summary.json as failed: {}", summary.getMessage());
                }
                return ExitCodes.FAILED;
            }
            recorded.ifPresent(run -> logSummary(execution, options, run));
            return ExitCodes.OK;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return stopped();
        }
        if (StopSignal.received() && interruptedBySignal(execution)) {
            markStopped(execution);
            return stopped();
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String reason = failure == null ? "the run ended " + execution.getStatus() + " "
                + execution.getExitStatus().getExitDescription() : FailureMessage.describe("the run failed", failure);
        if (failure != null) {
            log.debug("The run failed: {}", FailureMessage.trace(failure));
        }
        if (StateStore.isStorageFailure(failure)) {
            reason += System.lineSeparator() + "  while writing to " + stateStore.where() + " (is its disk full?)";
        }
        String message = FailureMessage.withRemedy(reason, failure);
        // the same words in the log (for those who keep it) and on stderr (for cron's mail, a terminal)
        log.error("{}", message);
        System.err.println("icp-compliance: " + message);
        return ExitCodes.FAILED;
    }

    /**
     * Whether the job ended only because it was asked to stop: a flow running beside another notices
     * the stop when it starts its next step, and Spring Batch reports the interruption from that
     * thread as a failure of the flow.
     */
    private static boolean interruptedBySignal(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        return failures.stream().allMatch(failure -> {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof JobInterruptedException) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Records an execution that ended FAILED on a stop request as STOPPED, as one that stopped in a step is. */
    private void markStopped(JobExecution execution) {
        try {
            execution.setStatus(BatchStatus.STOPPED);
            execution.setExitStatus(ExitStatus.STOPPED);
            jobRepository.update(execution);
        } catch (RuntimeException e) {
            log.debug("Could not mark the stopped run as STOPPED (the next run restarts it all the same): {}",
                    FailureMessage.trace(e));
        }
    }

    private static void logSummary(JobExecution execution, RunOptions options, RecordedRun run) {
        Duration duration = Duration.between(execution.getStartTime(), execution.getEndTime());
        log.info(
                "The run of {} completed in {} s: {} findings ({} new, {} still open, {} resolved), {} rejected rows; "
                        + "reports in {}", run.runDate(), String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1e3),
                run.findings(), run.newFindings(), run.stillOpen(), run.resolved(), run.rejectedRows(),
                options.reportDir().toAbsolutePath());
    }

    static JobParameters identify(LocalDate date, long attempt) {
        return new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, date)
                .addLong(JobParameterNames.ATTEMPT, attempt)
                .toJobParameters();
    }

    /** The parameters of a run; the export's fingerprint is kept in the execution's context ({@link RunFingerprint}). */
    static JobParameters parameters(RunOptions o, long attempt) {
        return new JobParametersBuilder(identify(o.runDate(), attempt))
                .addString(JobParameterNames.INPUT, o.input().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.OUTPUT, o.output().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.CONFIG, o.config().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.PROVINCES, o.provinces().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.HOLIDAYS, o.holidays().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.LANG, o.lang().getLanguage(), false)
                .addString(JobParameterNames.INPUT_CHARSET, o.inputCharset().name(), false)
                .addLong(JobParameterNames.MAX_REJECTS, (long) o.maxRejects(), false)
                .addLong(JobParameterNames.MAX_SHRINK, (long) o.maxShrink(), false)
                .addString(JobParameterNames.TRIAGE_INBOX, o.triageInbox().toAbsolutePath().toString(), false)
                .toJobParameters();
    }
}
