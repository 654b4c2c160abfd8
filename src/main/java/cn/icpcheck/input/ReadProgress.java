package cn.icpcheck.input;

import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.io.InputStream;

/** How many bytes of an export file have been read, for progress logs. */
public final class ReadProgress {

    private final ExportFile file;
    private final long size;
    private BoundedInputStream counter;

    ReadProgress(ExportFile file, long size) {
        this.file = file;
        this.size = size;
    }

    InputStream track(InputStream in) throws IOException {
        // unbounded: it only counts the bytes that pass
        counter = BoundedInputStream.builder().setInputStream(in).get();
        return counter;
    }

    public ExportFile file() {
        return file;
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    /** The bytes of the file read so far (from the file: the reader may not have split them into rows yet). */
    public long bytesRead() {
        return counter == null ? 0 : counter.getCount();
    }

    /** Percent of the file's bytes read so far (0–100). */
    public int percent() {
        return size == 0 || counter == null ? 100 : (int) Math.min(100, bytesRead() * 100 / size);
    }
}
