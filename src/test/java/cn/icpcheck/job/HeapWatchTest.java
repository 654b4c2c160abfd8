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

    /** A window fed a sample a second, the collectors taking a set part of each second. */
    private static final class Night {
        private final HeapWatch.Window window = new HeapWatch.Window(Duration.ofSeconds(60), 80);
        private int second;
        private long collector;

        /**
         * A sample a second for so many seconds, the collectors taking {@code millis} of each: the
         * largest share reported, or -1.
         */
        int collect(int seconds, int millis) {
            int reported = -1;
            for (int i = 0; i < seconds; i++, second++) {
                reported = Math.max(reported, window.add(second * SECOND, collector));
                collector += millis;
            }
            return reported;
        }

        /** One more sample, now. */
        int sample() {
            return window.add(second * SECOND, collector);
        }
    }

    @Test
    void aWholeWindowOverTheLimitIsReportedWithItsShare() {
        Night night = new Night();
        assertThat(night.collect(60, 900)).as("less than a window yet").isEqualTo(-1);
        assertThat(night.sample()).isEqualTo(90);
    }

    @Test
    void aWindowAtOrUnderTheLimitIsNot() {
        assertThat(new Night().collect(601, 800)).isEqualTo(-1);
    }

    @Test
    void collectingBeforeTheWindowDoesNotCount() {
        // a minute of nothing but collecting, then a minute of a run that goes on at a tenth of that
        Night night = new Night();
        night.collect(60, 1_000);
        assertThat(night.sample()).isEqualTo(100);
        night.collect(61, 100);
        assertThat(night.sample()).isEqualTo(-1);
    }

    @Test
    void theLatestMinuteCountsNotTheRunSoFar() {
        // five quiet minutes, then the findings outgrow the heap in the reports
        Night night = new Night();
        assertThat(night.collect(300, 100)).isEqualTo(-1);
        // the minute from 290 s to 350 s: 80.8 %, not over the limit; from 291 s to 351 s: 82.25 %
        assertThat(night.collect(51, 950)).isEqualTo(-1);
        assertThat(night.sample()).isEqualTo(82);
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
