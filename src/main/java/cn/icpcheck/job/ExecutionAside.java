package cn.icpcheck.job;

import org.springframework.batch.core.job.JobExecution;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Work a listener starts for a job execution on a thread of its own ({@link Aside}), at most once per
 * execution, and waits for when the execution ends: one listener bean serves every execution, so the
 * work is kept by the execution's id.
 */
final class ExecutionAside<T> {

    private final String threadPrefix;
    private final Map<Long, Aside<T>> running = new ConcurrentHashMap<>();

    ExecutionAside(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Starts the execution's work unless it was started already. */
    void start(JobExecution execution, Supplier<T> work) {
        running.computeIfAbsent(execution.getId(), id -> Aside.start(threadPrefix, work));
    }

    /** The execution's work while it is there to wait for; null when none was started or it was awaited. */
    Aside<T> pending(JobExecution execution) {
        return running.get(execution.getId());
    }

    /**
     * Waits for the execution's work and forgets it: its result (empty when none was started, or for work
     * without one); what it threw, as it threw it.
     */
    Optional<T> awaitEnd(JobExecution execution) {
        Aside<T> work = running.remove(execution.getId());
        return work == null ? Optional.empty() : Optional.ofNullable(work.take());
    }
}
