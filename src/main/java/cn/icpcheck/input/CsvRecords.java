package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The records of a CSV file exactly as opencsv's {@link CSVReader} reads them with its
 * {@link RFC4180Parser} (no escape character, lines as {@link BufferedReader#readLine()} splits them),
 * the same cells and the same count of physical lines read, in less time: a line without a quote
 * character, nearly every line of an export, is split into its cells here, straight from the read
 * buffer, where {@code CSVReader} would make a string of the line, split it into a list, copy that
 * into an array and queue it; a line with a quote character is handed to opencsv's parser, with the
 * lines its quoted cell spans, as {@code CSVReader} hands it. {@code CsvRecordsTest} holds the two to
 * each other on every form the spec allows and on random text.
 */
final class CsvRecords implements Closeable {

    private static final char SEPARATOR = ICSVParser.DEFAULT_SEPARATOR;
    private static final char QUOTE = ICSVParser.DEFAULT_QUOTE_CHARACTER;

    private final Reader in;
    /** The parser of record, for lines with a quote character. */
    private final RFC4180Parser parser = new RFC4180ParserBuilder().build();
    private char[] buffer;
    /** The next character to read in {@link #buffer}, and the end of what it holds. */
    private int next;
    private int end;
    private boolean endOfFile;
    /** A line just ended with CR: an LF right after it belongs to the same line end. */
    private boolean skipLf;
    private long linesRead;

    /** The last line read: {@code buffer[lineStart..lineEnd)}, the separators in it, and whether it holds a quote. */
    private int lineStart;
    private int lineEnd;
    private int[] separators = new int[64];
    private int separatorCount;
    private boolean quoted;

    /**
     * @param in         the characters of the file
     * @param bufferSize the characters read at a time (the buffer grows for a longer line)
     */
    CsvRecords(Reader in, int bufferSize) {
        this.in = in;
        this.buffer = new char[Math.max(1, bufferSize)];
    }

    /** The physical lines read so far, as {@link CSVReader#getLinesRead()} counts them. */
    long linesRead() {
        return linesRead;
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @throws CsvMalformedLineException when the file ends inside a quoted cell, as {@code CSVReader} throws it
     */
    String[] readNext() throws IOException {
        long firstLine = linesRead + 1;
        if (!nextLine()) {
            return null;
        }
        if (!quoted) {
            return cells();
        }
        String[] record = null;
        while (true) {
            String[] part = parser.parseLineMulti(new String(buffer, lineStart, lineEnd - lineStart));
            if (part.length > 0) {
                record = record == null ? part : concat(record, part);
            }
            if (!parser.isPending()) {
                return record;
            }
            if (!nextLine()) {
                // opencsv's words, in the language it would choose
                String lost = parser.getPendingText();
                String message = String.format(ResourceBundle.getBundle("opencsv", Locale.getDefault())
                        .getString("unterminated.quote"), lost.length() > 100 ? lost.substring(0, 97) + "..." : lost);
                throw new CsvMalformedLineException(message, firstLine, lost);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The cells of the last line read, which holds no quote: split at every separator, as opencsv splits it. */
    private String[] cells() {
        String[] cells = new String[separatorCount + 1];
        int from = lineStart;
        for (int i = 0; i < separatorCount; i++) {
            int at = separators[i];
            cells[i] = new String(buffer, from, at - from);
            from = at + 1;
        }
        cells[separatorCount] = new String(buffer, from, lineEnd - from);
        return cells;
    }

    /**
     * Reads the next physical line, ended by LF, CR or CR LF or by the end of the file, as
     * {@link BufferedReader#readLine()} does; false at the end of the file.
     */
    private boolean nextLine() throws IOException {
        if (skipLf) {
            if (next == end && !fill()) {
                return false;
            }
            if (buffer[next] == '\n') {
                next++;
            }
            skipLf = false;
        }
        if (next == end && !fill()) {
            return false;
        }
        separatorCount = 0;
        quoted = false;
        int i = next;
        while (true) {
            if (i == end) {
                int start = next;
                boolean more = fill();
                // the line moved to the start of the buffer
                int moved = start - next;
                i -= moved;
                for (int s = 0; s < separatorCount; s++) {
                    separators[s] -= moved;
                }
                if (!more) {
                    break;
                }
                continue;
            }
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                lineStart = next;
                lineEnd = i;
                next = i + 1;
                skipLf = c == '\r';
                linesRead++;
                return true;
            }
            if (c == SEPARATOR) {
                if (separatorCount == separators.length) {
                    separators = Arrays.copyOf(separators, separatorCount * 2);
                }
                separators[separatorCount++] = i;
            } else if (c == QUOTE) {
                quoted = true;
            }
            i++;
        }
        // the last line, without a line end
        lineStart = next;
        lineEnd = end;
        next = end;
        linesRead++;
        return true;
    }

    /**
     * Reads more characters after those not yet read, which move to the start of the buffer (the
     * buffer grows when they fill it); false when the file has ended and nothing more was read.
     */
    private boolean fill() throws IOException {
        if (endOfFile) {
            return false;
        }
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, end - next);
            end -= next;
            next = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read;
        do {
            read = in.read(buffer, end, buffer.length - end);
        } while (read == 0);
        if (read < 0) {
            endOfFile = true;
            return false;
        }
        end += read;
        return true;
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
