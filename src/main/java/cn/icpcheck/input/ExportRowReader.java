package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an export file row by row with opencsv (RFC 4180, no escape character), finding columns by
 * header and giving every record its physical line number. Blank lines are skipped; a record that
 * is not valid CSV comes back as a row with a {@link ExportRow#malformedCause} rather than an
 * exception, so that it can be rejected like any other bad row. Restartable: Spring Batch keeps the
 * number of rows read in the step's execution context.
 */
public class ExportRowReader extends AbstractItemCountingItemStreamItemReader<ExportRow> {

    private final Path path;
    private final ExportFile file;
    private final Charset charset;
    private final boolean present;
    private CSVReader csv;
    private ExportHeader header;
    private ReadProgress progress;

    /**
     * @param present false for an optional file that the export does not include: it reads as no rows
     */
    public ExportRowReader(Path path, ExportFile file, Charset charset, boolean present) {
        this.path = path;
        this.file = file;
        this.charset = charset;
        this.present = present;
        setName(file.name().toLowerCase() + "Reader");
    }

    /** Reads only the header, to check a file before a run starts. */
    public static ExportHeader readHeader(Path path, ExportFile file, Charset charset) {
        try (CSVReader csv = open(Files.newInputStream(path), charset)) {
            return header(csv, file);
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
        if (!present) {
            return;
        }
        progress = new ReadProgress(file, Files.size(path));
        csv = open(progress.track(Files.newInputStream(path)), charset);
        header = header(csv, file);
    }

    @Override
    protected ExportRow doRead() throws IOException {
        if (csv == null) {
            return null;
        }
        while (true) {
            int line = (int) csv.getLinesRead() + 1;
            String[] cells;
            try {
                cells = csv.readNext();
            } catch (CsvMalformedLineException e) {
                // an unterminated quote swallows the rest of the file: nothing after it can be read
                long lastLine = csv.getLinesRead();
                closeQuietly();
                return new ExportRow(header, line, new String[0], "malformed CSV: unterminated quoted field;"
                        + " lines " + line + "–" + lastLine + " could not be read");
            } catch (CsvValidationException e) {
                return new ExportRow(header, line, new String[0], "malformed CSV: " + e.getMessage());
            }
            if (cells == null) {
                return null;
            }
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            return new ExportRow(header, line, cells, null);
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }

    private void closeQuietly() {
        try {
            doClose();
        } catch (Exception e) {
            csv = null;
        }
    }

    private static CSVReader open(InputStream in, Charset charset) {
        return new CSVReaderBuilder(new BufferedReader(new InputStreamReader(in, charset), 1 << 16))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .build();
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
