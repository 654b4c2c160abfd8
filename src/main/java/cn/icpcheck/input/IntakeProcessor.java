package cn.icpcheck.input;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.function.Supplier;

/**
 * The processor of a reading step: validates each row through its {@link RowIntake}; a rejected
 * row goes to the {@link RejectLog} and is filtered out of the chunk (counted as filtered by
 * Spring Batch), so nothing is dropped silently. The intake is made afresh for each step
 * execution, bound to that execution's registries.
 */
public final class IntakeProcessor<T> implements ItemProcessor<ExportRow, T>, StepExecutionListener {

    private final Supplier<RowIntake<T>> intakeFactory;
    private final Supplier<RejectLog> rejectLog;
    private RowIntake<T> intake;
    private RejectLog rejects;

    public IntakeProcessor(Supplier<RowIntake<T>> intakeFactory, Supplier<RejectLog> rejectLog) {
        this.intakeFactory = intakeFactory;
        this.rejectLog = rejectLog;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        intake = intakeFactory.get();
        rejects = rejectLog.get();
    }

    @Override
    public T process(ExportRow row) {
        try {
            return intake.accept(new RowFields(row));
        } catch (RowRejectedException e) {
            rejects.add(e.rejection(), row.linesLost());
            return null;
        }
    }
}
