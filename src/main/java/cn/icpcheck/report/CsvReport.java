package cn.icpcheck.report;

import com.opencsv.CSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV conventions of every CSV output (outputs.md): UTF-8 with a byte-order mark, commas,
 * RFC 4180 quoting (only where needed, CRLF line ends), a header row, and no cell that a
 * spreadsheet would run as a formula.
 */
public final class CsvReport {

    private CsvReport() {
    }

    /** Writes a header and rows to a file, atomically. */
    public static void write(Path target, List<String> header, Iterable<String[]> rows) throws IOException {
        AtomicFile.write(target, out -> write(out, header, rows));
    }

    public static void write(OutputStream out, List<String> header, Iterable<String[]> rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        Rows csv = new Rows(writer);
        csv.write(header.toArray(String[]::new));
        String[] safe = new String[0];
        for (String[] row : rows) {
            if (safe.length != row.length) {
                safe = new String[row.length];
            }
            for (int i = 0; i < row.length; i++) {
                safe[i] = formulaSafe(row[i]);
            }
            csv.write(safe);
        }
        writer.flush();
    }

    /**
     * opencsv's writer with its quoting, each line built in one buffer kept for the file (its
     * {@code writeNext} makes a 1 KB one for every row, and another twice the size for a row with
     * Chinese text: a sixteenth of all a night allocates), and a failure to write thrown at once,
     * where {@code writeNext} keeps it for {@code checkError()}.
     */
    private static final class Rows extends CSVWriter {
        private final StringBuilder line = new StringBuilder(512);

        Rows(Writer writer) {
            super(writer, DEFAULT_SEPARATOR, DEFAULT_QUOTE_CHARACTER, DEFAULT_ESCAPE_CHARACTER, "\r\n");
        }

        void write(String[] cells) throws IOException {
            line.setLength(0);
            writeNext(cells, false, line);
        }
    }

    /**
     * A text cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
     * {@code '}, so that a spreadsheet never runs input data as a formula.
     */
    public static String formulaSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
