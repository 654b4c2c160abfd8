package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;

/**
 * The rows of one export file after its header, as opencsv splits them, each with its physical
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

    CsvRows(CSVReader csv, ControlCharacterWatch controls, ExportHeader header) {
        this.csv = csv;
        this.controls = controls;
        this.header = header;
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
}
