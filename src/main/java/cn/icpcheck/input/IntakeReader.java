package cn.icpcheck.input;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.function.Supplier;

/**
 * The reader of a reading step: reads each row of its file ({@link ExportRowReader}) and takes it in
 * at once through the step's {@link RowIntake}, validating its cells and registering its record.
 *
 * <p>Each row is taken in as soon as it is read, while its cells are still in the processor's caches
 * (with a chunk of rows read first, most of a row's cells had left them by the time it was validated),
 * and a chunk keeps what the intake made of each row, not the row. The rejected rows are logged by the step's
 * {@link IntakeProcessor}, which filters them out of the chunk, so that Spring Batch counts each row
 * read once and each rejected row as filtered, as it would with the intake in the processor.
 *
 * <p>The intake is made afresh each time the reader opens, bound to that step execution's registries.
 */
public final class IntakeReader<T> implements ItemStreamReader<TakenRow<T>> {

    private final ExportRowReader rows;
    private final Supplier<RowIntake<T>> intakeFactory;
    private RowIntake<T> intake;

    public IntakeReader(ExportRowReader rows, Supplier<RowIntake<T>> intakeFactory) {
        this.rows = rows;
        this.intakeFactory = intakeFactory;
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        intake = intakeFactory.get();
        rows.open(executionContext);
    }

    @Override
    public TakenRow<T> read() throws Exception {
        ExportRow row = rows.read();
        if (row == null) {
            return null;
        }
        try {
            return TakenRow.taken(intake.accept(new RowFields(row)));
        } catch (RowRejectedException e) {
            return TakenRow.rejected(e.rejection(), row.linesLost());
        }
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        rows.update(executionContext);
    }

    @Override
    public void close() throws ItemStreamException {
        rows.close();
    }
}
