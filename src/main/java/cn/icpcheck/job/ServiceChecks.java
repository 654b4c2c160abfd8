package cn.icpcheck.job;

import cn.icpcheck.input.AcceptedService;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writer of checkServices: checks a chunk's services on two threads of their own, half each,
 * while the step reads and validates the next chunk. Checking is most of the work of the job's
 * longest step, and it is safe to share out: the checks only read the registries the steps before
 * built, each service comes with its own view of its subject, and findings go to the synchronised
 * collector, which sorts them before any report reads them (so the order they are found in does
 * not matter).
 *
 * <p>At most one chunk is being checked while the step goes on: {@link #write} first waits for the
 * chunk before (and throws what its checks threw, failing the step there). The step cannot end with
 * a chunk unchecked: the reader calls {@link #inputEnded()} when it finds the end of the file, on the
 * step's thread, before it says so; that waits for the chunk being checked, and the last chunk,
 * written after it, is checked before {@code write} returns. A step that fails or stops elsewhere
 * waits for the chunk being checked when it closes, so no check runs on after its step.
 */
final class ServiceChecks implements ItemWriter<AcceptedService>, ItemStream {

    private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

    private final Supplier<? extends Consumer<AcceptedService>> check;
    private final SimpleAsyncTaskExecutor helpers = new SimpleAsyncTaskExecutor("icp-check-");
    /** The checks of the chunk written last, unless waited for since. Only the step's thread touches it. */
    private CompletableFuture<Void> checking = NOTHING;
    private boolean inputEnded;

    /** @param check the run's check of one service, asked for once per chunk */
    ServiceChecks(Supplier<? extends Consumer<AcceptedService>> check) {
        this.check = check;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        // a step's writer serves each of its executions
        checking = NOTHING;
        inputEnded = false;
    }

    @Override
    public void write(Chunk<? extends AcceptedService> chunk) {
        awaitChecks();
        Consumer<AcceptedService> c = check.get();
        List<? extends AcceptedService> services = chunk.getItems();
        int half = services.size() / 2;
        checking = CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> check(c, services.subList(0, half)), helpers),
                CompletableFuture.runAsync(() -> check(c, services.subList(half, services.size())), helpers));
        if (inputEnded) {
            // the last chunk: nothing is read after it
            awaitChecks();
        }
    }

    /**
     * The reader found the end of the file: waits for the chunk being checked (throwing what its
     * checks threw); a chunk written after this is checked before {@code write} returns.
     */
    void inputEnded() {
        awaitChecks();
        inputEnded = true;
    }

    /** Waits for the chunk being checked, whatever became of it: the step has failed or stopped. */
    @Override
    public void close() {
        try {
            awaitChecks();
        } catch (RuntimeException e) {
            // the step ends anyway; its failure is the one reported
        }
    }

    private void awaitChecks() {
        CompletableFuture<Void> pending = checking;
        checking = NOTHING;
        try {
            pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void check(Consumer<AcceptedService> check, List<? extends AcceptedService> services) {
        for (AcceptedService accepted : services) {
            check.accept(accepted);
        }
    }
}
