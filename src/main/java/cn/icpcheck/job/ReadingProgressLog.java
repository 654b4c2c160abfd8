package cn.icpcheck.job;

import cn.icpcheck.input.IntakeReader;
import cn.icpcheck.input.ReadProgress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The log of a reading step: at most once an interval, the rows read so far, how far into the file
 * and the rate; and one line when the step ends. Nothing per chunk in between, so that the log of a
 * long run stays readable.
 */
final class ReadingProgressLog implements ChunkListener<Object, Object>, StepExecutionListener {

    static final Duration INTERVAL = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ReadingProgressLog.class);

    private final IntakeReader<?> reader;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long startedAt;
    private long loggedAt;

    /**
     * @param reader    the step's reader, which counts its rows
     * @param nanoClock {@link System#nanoTime}, or a test's clock
     */
    ReadingProgressLog(IntakeReader<?> reader, Duration interval, LongSupplier nanoClock) {
        this.reader = reader;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        startedAt = nanoClock.getAsLong();
        loggedAt = startedAt;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = nanoClock.getAsLong();
        ReadProgress progress = reader.progress();
        if (progress != null && now - loggedAt >= intervalNanos) {
            loggedAt = now;
            long rows = reader.rowsRead();
            log.info("{}: {} rows read ({}% of the file), {} rows/s", progress.file().fileName(), rows,
                    progress.percent(), rate(rows, now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        ReadProgress progress = reader.progress();
        if (progress != null) {
            long now = nanoClock.getAsLong();
            long rows = reader.rowsRead();
            log.info("{}: {} rows read, {} rejected, in {} s ({} rows/s)", progress.file().fileName(), rows,
                    reader.rowsRejected(), String.format(Locale.ROOT, "%.1f", (now - startedAt) / 1e9), rate(rows, now));
        }
        return null;
    }

    private long rate(long rows, long now) {
        long nanos = Math.max(1, now - startedAt);
        return rows * 1_000_000_000L / nanos;
    }
}
