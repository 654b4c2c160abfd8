package cn.icpcheck.job;

import cn.icpcheck.input.AcceptedService;
import cn.icpcheck.rules.FilingChecker;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The writer of checkServices: checks the services of a chunk on two threads, half each. Checking
 * is most of the work of the job's longest step, and it is safe to share out: the checks only read
 * the registries the steps before built, each service comes with its own view of its subject, and
 * findings go to the synchronised collector, which sorts them before any report reads them (so
 * the order they are found in does not matter).
 */
final class ServiceChecks implements ItemWriter<AcceptedService> {

    private final Supplier<FilingChecker> checker;
    private final SimpleAsyncTaskExecutor helper = new SimpleAsyncTaskExecutor("icp-check-");

    /** @param checker the run's checker, asked for once per chunk */
    ServiceChecks(Supplier<FilingChecker> checker) {
        this.checker = checker;
    }

    @Override
    public void write(Chunk<? extends AcceptedService> chunk) throws Exception {
        FilingChecker c = checker.get();
        List<? extends AcceptedService> services = chunk.getItems();
        int half = services.size() / 2;
        CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(
                () -> check(c, services.subList(half, services.size())), helper);
        check(c, services.subList(0, half));
        try {
            secondHalf.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static void check(FilingChecker checker, List<? extends AcceptedService> services) {
        for (AcceptedService accepted : services) {
            checker.checkService(accepted.service(), accepted.subject());
        }
    }
}
