package cn.icpcheck.job;

import cn.icpcheck.input.AcceptedService;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writer of checkServices: checks the services on two threads of its own while the step reads
 * and validates the chunks after. Checking is most of the work of the job's longest step, and it is
 * safe to share out: the checks only read the registries the steps before built, each service comes
 * with its own view of its subject, and findings go to the synchronised collector, which sorts them
 * before any report reads them (so the order they are found in does not matter).
 *
 * <p>A chunk is checked in {@link #PIECES} pieces, which the two threads take in turn, and up to
 * {@link #CHUNKS_AHEAD} chunks are being checked while the step goes on: a thread that ends its piece
 * early takes the next one rather than wait for the other's, and the step does not wait for a chunk
 * whose checks are still running unless it is that many chunks ahead. {@link #write} first waits for
 * the oldest chunk when that many are being checked (and throws what its checks threw, failing the
 * step there). The step cannot end with a chunk unchecked: the reader calls {@link #inputEnded()}
 * when it finds the end of the file, on the step's thread, before it says so; that waits for every
 * chunk being checked, and the last chunk, written after it, is checked before {@code write}
 * returns. A step that fails or stops elsewhere waits for the chunks being checked when it closes,
 * so no check runs on after its step.
 */
final class ServiceChecks implements ItemWriter<AcceptedService>, ItemStream {

    /** The threads that check. */
    static final int THREADS = 2;
    /** How many pieces a chunk is checked in. */
    static final int PIECES = 4;
    /** The most chunks being checked while the step reads on. */
    static final int CHUNKS_AHEAD = 2;

    private final Supplier<? extends Consumer<AcceptedService>> check;
    /** The checks of the chunks written and not waited for since, oldest first. Only the step's thread touches it. */
    private final Deque<CompletableFuture<Void>> checking = new ArrayDeque<>();
    /** The checking threads, from the step's open to its close. */
    private ExecutorService helpers;
    private boolean inputEnded;

    /** @param check the run's check of one service, asked for once per chunk */
    ServiceChecks(Supplier<? extends Consumer<AcceptedService>> check) {
        this.check = check;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        // a step's writer serves each of its executions
        checking.clear();
        inputEnded = false;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("icp-check-");
        // never what keeps the process alive
        threads.setDaemon(true);
        helpers = Executors.newFixedThreadPool(THREADS, threads);
    }

    @Override
    public void write(Chunk<? extends AcceptedService> chunk) {
        while (checking.size() >= CHUNKS_AHEAD) {
            awaitOldest();
        }
        Consumer<AcceptedService> c = check.get();
        List<? extends AcceptedService> services = chunk.getItems();
        CompletableFuture<?>[] pieces = new CompletableFuture<?>[PIECES];
        for (int i = 0; i < PIECES; i++) {
            List<? extends AcceptedService> piece = services.subList(services.size() * i / PIECES,
                    services.size() * (i + 1) / PIECES);
            pieces[i] = CompletableFuture.runAsync(() -> check(c, piece), helpers);
        }
        checking.addLast(CompletableFuture.allOf(pieces));
        if (inputEnded) {
            // the last chunk: nothing is read after it
            awaitAll();
        }
    }

    /**
     * The reader found the end of the file: waits for the chunks being checked (throwing what their
     * checks threw); a chunk written after this is checked before {@code write} returns.
     */
    void inputEnded() {
        awaitAll();
        inputEnded = true;
    }

    /** Waits for the chunks being checked, whatever became of them: the step has failed or stopped. */
    @Override
    public void close() {
        if (helpers == null) {
            return;
        }
        while (!checking.isEmpty()) {
            try {
                awaitOldest();
            } catch (RuntimeException e) {
                // the step ends anyway; its failure is the one reported
            }
        }
        helpers.shutdown();
        helpers = null;
    }

    private void awaitAll() {
        while (!checking.isEmpty()) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        Aside.joined(checking.removeFirst());
    }

    private static void check(Consumer<AcceptedService> check, List<? extends AcceptedService> services) {
        for (AcceptedService accepted : services) {
            check.accept(accepted);
        }
    }
}
