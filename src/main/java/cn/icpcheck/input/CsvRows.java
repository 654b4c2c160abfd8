package cn.icpcheck.input;

import com.opencsv.exceptions.CsvMalformedLineException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * The rows of one export file after its header, as opencsv splits them (RFC 4180, no escape
 * character; {@link CsvRecords}), each with its physical
 * line number. Blank lines are skipped; a record that is not valid CSV comes back as a row with a
 * {@link ExportRow#malformedCause} rather than an exception, so that it can be rejected like any
 * other bad row. Each row says whether the file held a control character up to its end
 * ({@link CsvRecords#controlCharacterSeen}).
 */
final class CsvRows implements AutoCloseable {

    private final CsvRecords csv;
    private final ExportHeader header;
    private boolean ended;

    private CsvRows(CsvRecords csv, ExportHeader header) {
        this.csv = csv;
        this.header = header;
    }

    /**
     * Opens a file's rows and reads its header; closes the stream when the header cannot be read.
     *
     * @throws InputFileException when the header is missing, malformed or lacks a required column
     */
    static CsvRows open(InputStream in, Charset charset, ExportFile file) throws IOException {
        // a failure to read fails the read rather than reading as the end of the file: a disk's or a
        // network share's error never cuts the file short without a word
        CsvRecords csv = CsvRecords.open(in, charset, 1 << 16);
        try {
            return new CsvRows(csv, header(csv, file));
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    ExportHeader header() {
        return header;
    }

    /** The next row, or null at the end of the file. */
    ExportRow next() throws IOException {
        if (ended) {
            return null;
        }
        while (true) {
            int line = (int) csv.linesRead() + 1;
            String[] cells;
            try {
                cells = csv.readNext();
            } catch (CsvMalformedLineException e) {
                // an unterminated quote swallows the rest of the file: nothing after it can be read
                ended = true;
                int last = Math.max(line, (int) csv.linesRead());
                return new ExportRow(header, line, new String[0],
                        "lines " + line + "–" + last + " could not be read", last - line + 1, true);
            }
            if (cells == null) {
                ended = true;
                return null;
            }
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            return new ExportRow(header, line, cells, null, 0, csv.controlCharacterSeen());
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    private static ExportHeader header(CsvRecords csv, ExportFile file) throws IOException {
        String[] names = csv.readNext();
        if (names == null) {
            throw new InputFileException(file.fileName() + ": the file is empty; a header row is required");
        }
        return ExportHeader.of(file, names);
    }
}
