package cn.icpcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Ends a run whose heap is too small (operations.md, "The heap"). A heap a little too small does not
 * run out at once: the collector frees a few megabytes each time, and the run goes on at a tenth of
 * its speed or less (a million subjects with 790,000 findings in {@code -Xmx1g}: still collecting
 * after fourteen minutes, nothing freed). Java's own limit (98 % of the time collecting, less than 2 %
 * of the heap freed) was reached in neither of the two such runs measured. When the collector has
 * taken more than {@link #LIMIT_PERCENT} % of the last {@link #WINDOW}, the run ends as one that ran
 * out of memory: one message, with the heap to give it, and exit 1. The process is halted
 * ({@link NightlyCommand#halt}, as the stop signal's watchdog does): anything else would wait on a
 * collector that takes nearly all the time.
 *
 * <p>A night's run with the heap it needs spends 10-15 % of its time collecting; at the limit it
 * runs some five times slower than that for a whole minute.
 */
final class HeapWatch {

    static final Duration WINDOW = Duration.ofSeconds(60);
    static final int LIMIT_PERCENT = 80;
    private static final long SAMPLE_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(HeapWatch.class);

    private HeapWatch() {
    }

    /** Watches this JVM's collectors for one run; closing stops watching. */
    static AutoCloseable start(Runnable beforeHalt) {
        return start(HeapWatch::collectorMillis, System::nanoTime, SAMPLE_MILLIS, message -> {
            log.error(message);
            NightlyCommand.halt(message, beforeHalt);
        });
    }

    /**
     * @param collectorMillis the collectors' time so far
     * @param nanos           the time now
     * @param exceeded        told the console's message once the limit is passed, and the watch ends
     */
    static AutoCloseable start(LongSupplier collectorMillis, LongSupplier nanos, long sampleMillis,
                               Consumer<String> exceeded) {
        Window window = new Window(WINDOW, LIMIT_PERCENT);
        Thread watch = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    int percent = window.add(nanos.getAsLong(), collectorMillis.getAsLong());
                    if (percent >= 0) {
                        exceeded.accept(message(percent));
                        return;
                    }
                    Thread.sleep(sampleMillis);
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }, "icp-heap-watch");
        watch.setDaemon(true);
        watch.start();
        return watch::interrupt;
    }

    /** The console's words, as for a heap that ran out ({@link FailureMessage}). */
    static String message(int percent) {
        OutOfMemoryError collecting = new OutOfMemoryError(
                "the collector took " + percent + " % of the last " + WINDOW.toSeconds() + " seconds");
        return FailureMessage.withRemedy(FailureMessage.describe("the run failed", collecting), collecting);
    }

    private static long collectorMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    /** The collectors' share of the latest window of samples. */
    static final class Window {
        private final long windowNanos;
        private final int limitPercent;
        /**
         * Samples as (time in nanoseconds, collectors' milliseconds), the oldest first: the newest one
         * at least a window old, and every one after it.
         */
        private final Deque<long[]> samples = new ArrayDeque<>();

        Window(Duration window, int limitPercent) {
            this.windowNanos = window.toNanos();
            this.limitPercent = limitPercent;
        }

        /**
         * Adds a sample.
         *
         * @return the percent of the latest window the collectors took, when the samples span a whole
         *         window and it is over the limit; else -1
         */
        int add(long nanos, long collectorMillis) {
            samples.addLast(new long[] {nanos, collectorMillis});
            while (samples.size() > 1) {
                long[] oldest = samples.pollFirst();
                if (nanos - samples.peekFirst()[0] < windowNanos) {
                    samples.addFirst(oldest);
                    break;
                }
            }
            long[] first = samples.peekFirst();
            long span = nanos - first[0];
            if (span < windowNanos) {
                return -1;
            }
            long percent = (collectorMillis - first[1]) * 100 * 1_000_000 / span;
            return percent > limitPercent ? (int) Math.min(percent, 100) : -1;
        }
    }
}
