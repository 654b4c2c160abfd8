package cn.icpcheck.input;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The writer of a reading step, whose items are batches of records ({@link IntakeReader}): hands the
 * records of a chunk to the step's own writer as one chunk of records, in file order, and opens,
 * updates and closes that writer with the step when it is an {@link ItemStream}.
 */
public final class RecordsWriter<T> implements ItemStreamWriter<List<T>> {

    private final ItemWriter<T> records;

    public RecordsWriter(ItemWriter<T> records) {
        this.records = records;
    }

    @Override
    public void write(Chunk<? extends List<T>> chunk) throws Exception {
        List<T> all = new ArrayList<>();
        chunk.forEach(all::addAll);
        records.write(new Chunk<>(all));
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (records instanceof ItemStream stream) {
            stream.open(executionContext);
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (records instanceof ItemStream stream) {
            stream.update(executionContext);
        }
    }

    @Override
    public void close() {
        if (records instanceof ItemStream stream) {
            stream.close();
        }
    }
}
