package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * The rows of one export file after its header, as opencsv splits them (RFC 4180, no escape
 * character), each with its physical
 * line number. Blank lines are skipped; a record that is not valid CSV comes back as a row with a
 * {@link ExportRow#malformedCause} rather than an exception, so that it can be rejected like any
 * other bad row. Each row says whether the file held a control character up to its end (the
 * {@link ControlCharacterWatch} under the CSV reader).
 */
final class CsvRows implements AutoCloseable {

    private final CSVReader csv;
    private final ControlCharacterWatch controls;
    private final ExportHeader header;
    private boolean ended;

    private CsvRows(CSVReader csv, ControlCharacterWatch controls, ExportHeader header) {
        this.csv = csv;
        this.controls = controls;
        this.header = header;
    }

    /**
     * Opens a file's rows and reads its header; closes the stream when the header cannot be read.
     *
     * @throws InputFileException when the header is missing, malformed or lacks a required column
     */
    static CsvRows open(InputStream in, Charset charset, ExportFile file) throws IOException {
        var controls = new ControlCharacterWatch(new InputStreamReader(in, charset));
        CSVReader csv = new CSVReaderBuilder(new BufferedReader(controls, 1 << 16))
                .withCSVParser(new RFC4180ParserBuilder().build())
                // opencsv otherwise peeks at the reader before each line and takes a failure to read
                // for the end of the file: a disk's or a network share's error would cut the file short
                // without a word. Without the peek, the failure fails the read (and a peek less per line)
                .withVerifyReader(false)
                .build();
        try {
            return new CsvRows(csv, controls, header(csv, file));
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
            int line = (int) csv.getLinesRead() + 1;
            String[] cells;
            try {
                cells = csv.readNext();
            } catch (CsvMalformedLineException e) {
                // an unterminated quote swallows the rest of the file: nothing after it can be read
                ended = true;
                int last = Math.max(line, (int) csv.getLinesRead());
                return new ExportRow(header, line, new String[0],
                        "lines " + line + "–" + last + " could not be read", last - line + 1, true);
            } catch (CsvValidationException e) {
                return new ExportRow(header, line, new String[0], e.getMessage(), 0, true);
            }
            if (cells == null) {
                ended = true;
                return null;
            }
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            return new ExportRow(header, line, cells, null, 0, controls.seen());
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    private static ExportHeader header(CSVReader csv, ExportFile file) throws IOException {
        String[] names;
        try {
            names = csv.readNext();
        } catch (CsvValidationException e) {
            throw new InputFileException(file.fileName() + ": the header row is malformed: " + e.getMessage(), e);
        }
        if (names == null) {
            throw new InputFileException(file.fileName() + ": the file is empty; a header row is required");
        }
        return ExportHeader.of(file, names);
    }
}
