package cn.icpcheck.input;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.function.Supplier;

/**
 * The processor of a reading step: passes on the record of each row its {@link IntakeReader} took
 * in; a rejected row goes to the {@link RejectLog} and is filtered out of the chunk (counted as
 * filtered by Spring Batch), so nothing is dropped silently.
 */
public final class IntakeProcessor<T> implements ItemProcessor<TakenRow<T>, T> {

    private final Supplier<RejectLog> rejectLog;

    /** @param rejectLog the run's reject log, asked for each rejected row (job-scoped state) */
    public IntakeProcessor(Supplier<RejectLog> rejectLog) {
        this.rejectLog = rejectLog;
    }

    @Override
    public T process(TakenRow<T> row) {
        if (row.rejection() != null) {
            rejectLog.get().add(row.rejection(), row.linesLost());
            return null;
        }
        return row.record();
    }
}
