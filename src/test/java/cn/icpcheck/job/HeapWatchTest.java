package cn.icpcheck.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HeapWatchTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aWholeWindowOverTheLimitIsReportedWithItsShare() {
        HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        long collector = 0;
        for (int s = 0; s < 60; s++) {
            assertThat(window.add(s * SECOND, collector)).as("less than a window yet, at %d s", s).isEqualTo(-1);
            collector += 900;
        }
        assertThat(window.add(60 * SECOND, collector)).isEqualTo(90);
    }

    @Test
    void aWindowAtOrUnderTheLimitIsNot() {
        HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        long collector = 0;
        for (int s = 0; s <= 600; s++) {
            assertThat(window.add(s * SECOND, collector)).isEqualTo(-1);
            collector += 800;
        }
    }

    @Test
    void collectingBeforeTheWindowDoesNotCount() {
        HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        // a minute of nothing but collecting, then a minute of a run that goes on at a tenth of that
        long collector = 0;
        for (int s = 0; s < 60; s++) {
            window.add(s * SECOND, collector);
            collector += 1_000;
        }
        assertThat(window.add(60 * SECOND, collector)).isEqualTo(100);
        for (int s = 61; s <= 120; s++) {
            collector += 100;
            window.add(s * SECOND, collector);
        }
        assertThat(window.add(121 * SECOND, collector + 100)).isEqualTo(-1);
    }

    @Test
    void theLatestMinuteCountsNotTheRunSoFar() {
        // five quiet minutes, then the findings outgrow the heap in the reports
        HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        long collector = 0;
        int s = 0;
        for (; s < 300; s++) {
            assertThat(window.add(s * SECOND, collector)).isEqualTo(-1);
            collector += 100;
        }
        // the minute from 290 s to 350 s: 80.8 %, not over the limit; from 291 s to 351 s: 82.25 %
        for (; s <= 350; s++) {
            assertThat(window.add(s * SECOND, collector)).as("at %d s", s).isEqualTo(-1);
            collector += 950;
        }
        assertThat(window.add(351 * SECOND, collector)).isEqualTo(82);
    }

    @Test
    void samplesFarApartCountOverTheTimeBetweenThem() {
        // the watch's own thread waits through the collector's pauses: its samples come late
        HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        window.add(0, 0);
        assertThat(window.add(30 * SECOND, 29_000)).isEqualTo(-1);
        assertThat(window.add(75 * SECOND, 72_000)).isEqualTo(96);
    }

    @Test
    void theWatchSaysTheHeapIsTooSmallOnceAndStops() throws Exception {
        AtomicLong now = new AtomicLong();
        AtomicLong collector = new AtomicLong();
        BlockingQueue<String> said = new ArrayBlockingQueue<>(10);
        // each sample a second later, 950 ms of it collecting
        try (AutoCloseable watch = HeapWatch.start(() -> collector.addAndGet(950), () -> now.addAndGet(SECOND),
                1, said::add)) {
            String message = said.poll(10, TimeUnit.SECONDS);
            assertThat(message).isEqualTo("the run failed: the job ran out of memory (the collector took 95 % of the"
                    + " last 60 seconds): give the job a larger heap (-Xmx): about 1 GiB per million subjects,"
                    + " and 1 GiB more per million findings beyond 400,000 per million subjects (docs/operations.md)"
                    + System.lineSeparator() + FailureMessage.RESTART);
            assertThat(said.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aRunThatCollectsLittleIsLeftAloneAndTheWatchEndsWithIt() throws Exception {
        AtomicLong now = new AtomicLong();
        AtomicLong collector = new AtomicLong();
        BlockingQueue<String> said = new ArrayBlockingQueue<>(10);
        // each sample a second later, 100 ms of it collecting
        AutoCloseable watch = HeapWatch.start(() -> collector.addAndGet(100), () -> now.addAndGet(SECOND), 1,
                said::add);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (now.get() < 120 * SECOND && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        watch.close();
        Thread.sleep(100);
        long after = now.get();
        Thread.sleep(100);
        assertThat(after).as("two windows of samples taken").isGreaterThanOrEqualTo(120 * SECOND);
        assertThat(now.get()).as("no sample after the watch ended").isEqualTo(after);
        assertThat(said).isEmpty();
    }
}
