package cn.icpcheck.input;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The processor of a reading step: passes on the records of the rows its {@link IntakeReader} took
 * in, in file order; each rejected row goes to the {@link RejectLog}, so nothing is dropped silently.
 */
public final class IntakeProcessor<T> implements ItemProcessor<List<TakenRow<T>>, List<T>> {

    private final Supplier<RejectLog> rejectLog;

    /** @param rejectLog the run's reject log, asked for each rejected row (job-scoped state) */
    public IntakeProcessor(Supplier<RejectLog> rejectLog) {
        this.rejectLog = rejectLog;
    }

    @Override
    public List<T> process(List<TakenRow<T>> rows) {
        List<T> records = new ArrayList<>(rows.size());
        for (TakenRow<T> row : rows) {
            if (row.rejection() != null) {
                rejectLog.get().add(row.rejection(), row.linesLost());
            } else {
                records.add(row.record());
            }
        }
        return records;
    }
}
