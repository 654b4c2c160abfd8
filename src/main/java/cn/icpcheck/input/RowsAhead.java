package cn.icpcheck.input;

import org.springframework.util.ReflectionUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the rows of a file on a thread of its own, a few batches ahead of the step that takes
 * them, so that splitting CSV (about a third of the work of reading services.csv) overlaps with
 * checking the rows before. The rows come out in file order, exactly as {@link CsvRows} gives
 * them; a failure to read is thrown where the row would have come, an error too (the heap run out,
 * say): the reading thread never dies with a failure the step does not hear of, which would leave
 * the step waiting for rows that never come.
 */
final class RowsAhead implements AutoCloseable {

    private static final int BATCH = 500;
    /** Batches read ahead: a few thousand rows, a few megabytes. */
    private static final int BATCHES = 4;

    /** What the reading thread hands over: rows, the end of the file, or why reading failed. */
    private record Batch(List<ExportRow> rows, boolean last, Throwable failure) {
    }

    private final CsvRows source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private List<ExportRow> rows = List.of();
    private int next;
    private boolean last;

    RowsAhead(CsvRows source, String threadName) {
        this.source = source;
        this.reader = new Thread(this::readAll, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** The next row, or null at the end of the file. */
    ExportRow next() throws IOException {
        while (next == rows.size()) {
            if (last) {
                return null;
            }
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading ahead", e);
            }
            if (batch.failure() != null) {
                last = true;
                if (batch.failure() instanceof IOException io) {
                    throw new IOException(io.getMessage(), io);
                }
                // an unchecked exception or an error (the heap run out) as the reading thread met it
                ReflectionUtils.rethrowRuntimeException(batch.failure());
            }
            rows = batch.rows();
            next = 0;
            last = batch.last();
        }
        return rows.get(next++);
    }

    /** Stops the reading thread (if it is still reading) and closes the file. */
    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readAll() {
        List<ExportRow> batch = new ArrayList<>(BATCH);
        try (source) {
            while (!Thread.currentThread().isInterrupted()) {
                ExportRow row = null;
                while (batch.size() < BATCH && (row = source.next()) != null) {
                    batch.add(row);
                }
                queue.put(new Batch(batch, row == null, null));
                if (row == null) {
                    return;
                }
                batch = new ArrayList<>(BATCH);
            }
        } catch (InterruptedException e) {
            // closed before the end of the file
        } catch (IOException | RuntimeException | Error e) {
            try {
                // the rows read before the failure first: it is thrown where the next row would have come
                if (!batch.isEmpty()) {
                    queue.put(new Batch(batch, false, null));
                }
                queue.put(new Batch(List.of(), true, e));
            } catch (InterruptedException closed) {
                // closed meanwhile: no one waits for the failure
            }
        }
    }
}
