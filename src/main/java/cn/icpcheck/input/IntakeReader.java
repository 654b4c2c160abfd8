package cn.icpcheck.input;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reader of a reading step: reads the rows of its file ({@link ExportRowReader}) and takes each
 * in at once through the step's {@link RowIntake}, validating its cells and registering its record.
 * Each item it hands Spring Batch is a batch of up to {@link #ROWS_PER_ITEM} rows so taken, in file
 * order.
 *
 * <p>Each row is taken in as soon as it is read, while its cells are still in the processor's caches
 * (with a chunk of rows read first, most of a row's cells had left them by the time it was validated),
 * and a chunk keeps what the intake made of each row, not the row. Batches, not rows, are Spring
 * Batch's items because its work for each item (listener calls, an observation scope, counting) came
 * to 2-3 s of CPU at a million subjects; with a chunk of 5,000 rows in ten items, a run takes some 3 s
 * of CPU less.
 *
 * <p>So that the step's read, filter and write counts in the job repository are rows, as the export
 * check and summary.json take them, the reader counts the rows it read and rejected (not from the row
 * reader's item count, which also counts the read that found the end) and sets the step's counts when
 * the step ends ({@link #afterStep}; register the reader as the step's listener). The
 * rejected rows are logged by the step's {@link IntakeProcessor}. The intake is made afresh each time
 * the reader opens, bound to that step execution's registries.
 */
public final class IntakeReader<T> implements ItemStreamReader<List<TakenRow<T>>>, StepExecutionListener {

    /** The rows of one item. */
    public static final int ROWS_PER_ITEM = 500;
    /** The rows in all are judged once this share of the file's bytes is read: an eighth. */
    private static final int JUDGED_AT_ONE_IN = 8;

    private final ExportRowReader rows;
    private final Supplier<RowIntake<T>> intakeFactory;
    private RowIntake<T> intake;
    private long read;
    private long rejected;
    private boolean judged;

    public IntakeReader(ExportRowReader rows, Supplier<RowIntake<T>> intakeFactory) {
        this.rows = rows;
        this.intakeFactory = intakeFactory;
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        intake = intakeFactory.get();
        read = 0;
        rejected = 0;
        judged = false;
        rows.open(executionContext);
    }

    /** The next rows of the file, each taken in; null at its end. */
    @Override
    public List<TakenRow<T>> read() throws Exception {
        ExportRow row = rows.read();
        if (row == null) {
            return null;
        }
        List<TakenRow<T>> batch = new ArrayList<>(ROWS_PER_ITEM);
        batch.add(take(row));
        while (batch.size() < ROWS_PER_ITEM && (row = rows.read()) != null) {
            batch.add(take(row));
        }
        judgeRowsInAll();
        return batch;
    }

    /**
     * Once an eighth of the file is read, tells the intake how many rows the file holds at the rate
     * of bytes a row so far ({@link RowIntake#expect}), so that its registry makes room for them at
     * once. The bytes read run a little ahead of the rows taken (the read buffer's 64 KiB, the rows
     * read ahead: up to 2 % of an eighth of a million subjects' instances.csv), which makes the figure
     * a little low: a thirty-second is added, and a table is a little larger than it needs no more
     * often than it would grow once more without it. However the file's first rows differ from the
     * rest, the figure is at most 8¼ times the rows read so far (they took an eighth of the bytes or
     * more): a file whose later rows are shorter makes a registry's table larger than it needs, never
     * without bound; one whose later rows are longer grows it as before.
     */
    private void judgeRowsInAll() {
        ReadProgress progress = rows.progress();
        if (judged || progress == null) {
            return;
        }
        long bytes = progress.bytesRead();
        if (bytes == 0 || bytes * JUDGED_AT_ONE_IN < progress.size()) {
            return;
        }
        judged = true;
        long inAll = (long) ((double) progress.size() / bytes * read);
        intake.expect(read, inAll + inAll / 32);
    }

    private TakenRow<T> take(ExportRow row) {
        read++;
        try {
            return TakenRow.taken(intake.accept(new RowFields(row)));
        } catch (RowRejectedException e) {
            rejected++;
            return TakenRow.rejected(e.rejection(), row.linesLost());
        }
    }

    /** The rows read so far by this execution. */
    public long rowsRead() {
        return read;
    }

    /** Of {@link #rowsRead}, those rejected. */
    public long rowsRejected() {
        return rejected;
    }

    /** How far into the file the reader is; null before it opens, or when the file is absent. */
    public ReadProgress progress() {
        return rows.progress();
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        rows.update(executionContext);
    }

    @Override
    public void close() throws ItemStreamException {
        rows.close();
    }

    /** Sets the step's counts to rows: read, rejected (filtered) and passed on (written). */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.setReadCount(read);
        stepExecution.setFilterCount(rejected);
        stepExecution.setWriteCount(read - rejected);
        return null;
    }
}
