package cn.icpcheck.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

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
        ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\r\n").build();
        csv.writeNext(header.toArray(String[]::new), false);
        for (String[] row : rows) {
            String[] safe = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                safe[i] = formulaSafe(row[i]);
            }
            csv.writeNext(safe, false);
        }
        csv.flush();
        writer.flush();
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
