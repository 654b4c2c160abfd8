package cn.icpcheck.job;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.ServiceStatus;
import cn.icpcheck.filing.ServiceType;
import cn.icpcheck.input.AcceptedService;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ServiceChecksTest {

    /** Long enough for any machine; reached only if write waited for checks it must not wait for. */
    private static final Duration NOT_A_DEADLOCK = Duration.ofSeconds(30);

    /** Each service as often as it was checked. */
    private final Queue<String> checked = new ConcurrentLinkedQueue<>();

    @Test
    void chunksAreCheckedWhileTheStepGoesOnAndEveryServiceIsCheckedOnceWhenTheInputHasEnded() {
        CountDownLatch release = new CountDownLatch(1);
        ServiceChecks checks = new ServiceChecks(() -> held(release));
        checks.open(new ExecutionContext());

        // the first chunks' checks wait for the latch: write returns all the same, as many times as
        // chunks may be checked while the step goes on
        assertThat(ServiceChecks.CHUNKS_AHEAD).isEqualTo(2);
        assertTimeoutPreemptively(NOT_A_DEADLOCK, () -> {
            checks.write(chunk("A", 7));
            checks.write(chunk("B", 6));
        });
        assertThat(checked).isEmpty();
        release.countDown();
        checks.write(chunk("C", 5));
        // write waited for the oldest chunk
        assertThat(checked).containsAll(numbers("A", 7));

        checks.inputEnded();
        assertThat(checked).containsExactlyInAnyOrderElementsOf(concat(numbers("A", 7), numbers("B", 6), numbers("C", 5)));

        // the last chunk, written after the end was found, is checked before write returns; a chunk
        // smaller than its pieces too
        checks.write(chunk("D", 3));
        assertThat(checked).hasSize(21).containsAll(numbers("D", 3));
        checks.close();
    }

    @Test
    void whatAChunksChecksThrowFailsTheNextWriteOrTheEndOfTheInput() {
        ServiceChecks checks = new ServiceChecks(() -> failingOn("A-3"));
        checks.open(new ExecutionContext());
        checks.write(chunk("A", 4));
        checks.write(chunk("B", 4));
        assertThatThrownBy(() -> checks.write(chunk("C", 4))).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot check A-3");
        checks.close();

        // the next execution starts clean, and a failure of the last chunk before the end is found there
        checks.open(new ExecutionContext());
        checks.write(chunk("A", 4));
        assertThatThrownBy(checks::inputEnded).isInstanceOf(IllegalStateException.class).hasMessage("cannot check A-3");
        checks.close();

        // and one in the last chunk fails its write
        checks.open(new ExecutionContext());
        checks.inputEnded();
        assertThatThrownBy(() -> checks.write(chunk("A", 4))).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot check A-3");
        checks.close();
    }

    @Test
    void closingWaitsForTheChunkBeingCheckedSoNoCheckRunsAfterItsStep() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ServiceChecks checks = new ServiceChecks(() -> accepted -> {
            started.countDown();
            // slow enough that close comes before the checks end
            sleep(20);
            checked.add(accepted.service().serviceNo());
        });
        checks.open(new ExecutionContext());
        checks.write(chunk("A", 10));
        started.await();
        Thread thread = new Thread(checks::close);
        thread.start();
        thread.join(NOT_A_DEADLOCK.toMillis());
        assertThat(thread.isAlive()).isFalse();
        assertThat(checked).containsExactlyInAnyOrderElementsOf(numbers("A", 10));
    }

    private Consumer<AcceptedService> held(CountDownLatch release) {
        return accepted -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checked.add(accepted.service().serviceNo());
        };
    }

    private Consumer<AcceptedService> failingOn(String serviceNo) {
        return accepted -> {
            if (accepted.service().serviceNo().equals(serviceNo)) {
                throw new IllegalStateException("cannot check " + serviceNo);
            }
            checked.add(accepted.service().serviceNo());
        };
    }

    private static Chunk<AcceptedService> chunk(String prefix, int size) {
        List<AcceptedService> services = new ArrayList<>();
        for (String no : numbers(prefix, size)) {
            services.add(new AcceptedService(new Service(no, "S-" + no, ServiceType.WEBSITE, "site " + no, List.of(),
                    null, List.of(), ServiceStatus.ACTIVE), null));
        }
        return new Chunk<>(services);
    }

    private static List<String> numbers(String prefix, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> prefix + "-" + i).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
