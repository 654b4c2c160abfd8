package cn.icpcheck.input;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Reads an export file row by row with opencsv (RFC 4180, no escape character), finding columns by
 * header and giving every record its physical line number ({@link CsvRows}). Restartable: Spring
 * Batch keeps the number of rows read in the step's execution context. Optionally reads ahead on a
 * thread of its own ({@link RowsAhead}).
 */
public class ExportRowReader extends AbstractItemCountingItemStreamItemReader<ExportRow> {

    /**
     * Where a reader finds its file, resolved each time it opens: a step's reader is made once, with
     * the step, and each execution of the step reads the export of its own run.
     *
     * @param present false for an optional file that the export does not include: it reads as no rows
     */
    public record Source(Path path, Charset charset, boolean present) {
    }

    private final ExportFile file;
    private final Supplier<Source> source;
    private boolean readAhead;
    private Runnable atEnd = () -> { };
    private boolean ended;
    private CsvRows rows;
    private RowsAhead ahead;
    private ReadProgress progress;

    /**
     * @param present false for an optional file that the export does not include: it reads as no rows
     */
    public ExportRowReader(Path path, ExportFile file, Charset charset, boolean present) {
        this(file, () -> new Source(path, charset, present));
    }

    /** A reader that asks where its file is when it opens ({@link Source}). */
    public ExportRowReader(ExportFile file, Supplier<Source> source) {
        this.file = file;
        this.source = source;
        setName(file.name().toLowerCase() + "Reader");
    }

    /** Reads the file a few thousand rows ahead on a thread of its own (set before {@link #open}). */
    public void setReadAhead(boolean readAhead) {
        this.readAhead = readAhead;
    }

    /**
     * What to do when the reader first finds the end of the file, on the step's thread, before it
     * says so: what this throws fails the read, and so the step, as a failure to read would. A
     * writer that works behind the reader waits there for its last work (set before {@link #open}).
     */
    public void setAtEnd(Runnable atEnd) {
        this.atEnd = atEnd;
    }

    /** Reads only the header, to check a file before a run starts. */
    public static ExportHeader readHeader(Path path, ExportFile file, Charset charset) {
        try (CsvRows rows = CsvRows.open(ExportFolder.open(path), charset, file)) {
            return rows.header();
        } catch (IOException e) {
            throw new InputFileException(file.fileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** How far into the file the reader is, for progress logs; null before open. */
    public ReadProgress progress() {
        return progress;
    }

    @Override
    protected void doOpen() throws Exception {
        Source from = source.get();
        // a step's reader serves each of its executions: nothing of the one before may show
        progress = null;
        ended = false;
        if (!from.present()) {
            return;
        }
        progress = new ReadProgress(file, Files.size(from.path()));
        // the progress counts what the decoder took from the file's buffer
        rows = CsvRows.open(progress.track(ExportFolder.open(from.path())), from.charset(), file);
        if (readAhead) {
            ahead = new RowsAhead(rows, "icp-read-" + file.name().toLowerCase());
        }
    }

    @Override
    protected ExportRow doRead() throws IOException {
        ExportRow row = ahead != null ? ahead.next() : rows == null ? null : rows.next();
        if (row == null && !ended) {
            ended = true;
            atEnd.run();
        }
        return row;
    }

    @Override
    protected void doClose() throws Exception {
        if (ahead != null) {
            ahead.close();
            ahead = null;
            rows = null;
        } else if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
