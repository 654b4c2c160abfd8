package cn.icpcheck.job;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.util.ReflectionUtils;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a step starts on a thread of its own while its own thread does other work, and then takes:
 * its result, or what it threw, as it threw it (so that the step fails as it would have failed doing
 * the work itself). The thread does not see the job's scope: give it what it needs, not the run's
 * job-scoped state.
 */
final class Aside<T> {

    private final CompletableFuture<T> result;

    private Aside(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts the work on a new daemon thread named {@code threadPrefix} and a number. */
    static <T> Aside<T> start(String threadPrefix, Supplier<T> work) {
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor(threadPrefix);
        thread.setDaemon(true);
        return new Aside<>(CompletableFuture.supplyAsync(work, thread));
    }

    /** Waits for the work: its result, or the exception or error it threw. */
    T take() {
        return joined(result);
    }

    /** Waits for work done on another thread: its result, or the exception or error it threw, unwrapped. */
    static <T> T joined(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            // an unchecked exception or an error as it was thrown (work of a Supplier throws no other)
            ReflectionUtils.rethrowRuntimeException(e.getCause());
            throw e;
        }
    }
}
