package cn.icpcheck.job;

import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The fingerprint of the export an execution reads (each file's size and SHA-256: operations.md, "A
 * restart never mixes two exports"), kept in the job execution's context, where a restart finds it.
 *
 * <p>An execution that starts afresh takes it on a thread of its own beside its first steps, not before
 * them: hashing the export takes a second of CPU at a million subjects, and nothing but a restart needs
 * it before the run begins. It is in the context once taken, saved by Spring Batch at the end of the next
 * step and by this listener when the job ends. An execution killed before it was saved leaves no
 * fingerprint, and a restart of it runs every step again: what the steps read then is not known to be
 * the export of now. A restart on the same export (compared before it is launched) carries the context,
 * and its fingerprint, over from the execution it resumes.
 */
@Component
class RunFingerprint implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunFingerprint.class);

    /** Where the fingerprint is kept: in the job execution's context (executions of earlier versions: a job parameter). */
    static final String KEY = JobParameterNames.EXPORT;

    private final JobRepository repository;
    /** The fingerprint of the export the runner is about to launch an execution on. */
    private final AtomicReference<Launch> launching = new AtomicReference<>();
    private final ExecutionAside<ExportFingerprint> taking = new ExecutionAside<>("icp-fingerprint-");

    RunFingerprint(JobRepository repository) {
        this.repository = repository;
    }

    /**
     * The fingerprint of the export as it is now, taken once when first asked for: what a restart is
     * compared with, and what the next execution launched on this folder records, whether or not the
     * runner asked for it first.
     */
    Supplier<ExportFingerprint> forLaunch(ExportFolder folder) {
        Supplier<ExportFingerprint> print = SingletonSupplier.of(() -> ExportFingerprint.of(folder));
        launching.set(new Launch(normalized(folder.dir()), print));
        return print;
    }

    /** The fingerprint an execution recorded; null when it recorded none (killed before it was saved). */
    static ExportFingerprint recorded(JobExecution execution) {
        String kept = execution.getExecutionContext().containsKey(KEY)
                ? execution.getExecutionContext().getString(KEY)
                : execution.getJobParameters().getString(KEY);
        return ExportFingerprint.decode(kept);
    }

    /**
     * The fingerprint of the export this execution reads: waits for it while it is being taken; null when
     * it could not be taken (the reason is logged when the job ends).
     */
    ExportFingerprint of(JobExecution execution) {
        ExportFingerprint kept = recorded(execution);
        Aside<ExportFingerprint> pending = taking.pending(execution);
        if (kept != null || pending == null) {
            return kept;
        }
        try {
            return pending.take();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(KEY)) {
            // a restart on the export its fingerprint was compared with before the launch
            return;
        }
        Supplier<ExportFingerprint> print = claim(folder(execution.getJobParameters()));
        taking.start(execution, () -> {
            ExportFingerprint taken = print.get();
            context.putString(KEY, taken.encode());
            return taken;
        });
    }

    @Override
    public void afterJob(JobExecution execution) {
        Optional<ExportFingerprint> taken;
        try {
            taken = taking.awaitEnd(execution);
        } catch (RuntimeException e) {
            log.warn("Could not take the export's fingerprint ({}); a restart of this run will run every step again",
                    FailureMessage.describe("reading the export failed", e));
            return;
        }
        if (taken.isEmpty()) {
            // a restart, which carried its fingerprint over
            return;
        }
        try {
            repository.updateExecutionContext(execution);
        } catch (RuntimeException e) {
            log.warn("Could not save the export's fingerprint; a restart of this run will run every step again: {}",
                    e.getMessage());
        }
    }

    /** The runner's fingerprint when it launched this folder; otherwise one taken now. */
    private Supplier<ExportFingerprint> claim(ExportFolder folder) {
        Launch launch = launching.getAndSet(null);
        if (launch != null && launch.dir().equals(normalized(folder.dir()))) {
            return launch.print();
        }
        return () -> ExportFingerprint.of(folder);
    }

    private static ExportFolder folder(JobParameters parameters) {
        return new ExportFolder(Path.of(parameters.getString(JobParameterNames.INPUT)),
                Charset.forName(parameters.getString(JobParameterNames.INPUT_CHARSET)));
    }

    private static Path normalized(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    private record Launch(Path dir, Supplier<ExportFingerprint> print) {
    }
}
