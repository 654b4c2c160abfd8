package cn.icpcheck.report;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The temporary file a streamed sheet's rows go to until the workbook is written: plain XML, not
 * compressed (the file lives only while the workbook is written, and the workbook compresses it
 * then: compressing it twice cost a sixth of writing a workbook; the price is disk, some 1.2 KB
 * per finding while the workbook is written), and through a buffer without locks, since POI
 * writes each cell in many small pieces and a {@code BufferedWriter} takes a lock for every one of
 * them.
 */
final class TempSheetWriter extends SheetDataWriter {

    private static final int BUFFER = 1 << 16;
    /**
     * Bytes read from and written to the file at a time: the encoder and POI's copy work in pieces
     * of 4-8 KB, which would each be a system call of their own (a million subjects' workbooks are
     * some 300 MB of XML).
     */
    private static final int FILE_BUFFER = 1 << 20;

    TempSheetWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        // called from the superclass's constructor: uses nothing of this instance
        return new UnsynchronizedBuffer(new OutputStreamWriter(
                new BufferedOutputStream(new FileOutputStream(file), FILE_BUFFER), StandardCharsets.UTF_8));
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream file) {
        // POI copies the file into the workbook a few KB at a time
        return new BufferedInputStream(file, FILE_BUFFER);
    }

    /** A character buffer in front of a writer, for one thread. */
    private static final class UnsynchronizedBuffer extends Writer {
        private final Writer out;
        private final char[] buffer = new char[BUFFER];
        private int used;

        UnsynchronizedBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}
