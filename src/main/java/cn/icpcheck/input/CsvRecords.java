package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;

import cn.icpcheck.filing.compact.Utf8;

import org.apache.commons.io.input.ReaderInputStream;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The records of a CSV file exactly as opencsv's {@link CSVReader} reads them with its
 * {@link RFC4180Parser} (no escape character, lines as {@link BufferedReader#readLine()} splits them),
 * the same cells and the same count of physical lines read, in less time: a line without a quote
 * character, nearly every line of an export, is split into its cells here, straight from the read
 * buffer, where {@code CSVReader} would make a string of the line, split it into a list, copy that
 * into an array and queue it; so is a line whose quotes are all where RFC 4180 puts them, each around
 * a whole cell and doubled inside it (every line of a file written with all its cells quoted, which
 * opencsv's parser took three times as long to split). Any other line with a quote character is
 * handed to opencsv's parser, with the lines its quoted cell spans, as {@code CSVReader} hands it.
 * {@code CsvRecordsTest} holds the two to each other on every form the spec allows and on random text.
 *
 * <p>The file is read as UTF-8 bytes, not as characters: each cell is made a string from its own
 * bytes ({@link Utf8#decode}: an ASCII cell in one copy, a Chinese one in two), where a reader would
 * decode the whole file into characters first and each string would be made again from those. In
 * UTF-8 a line end, the separator, the quote and a control character are one byte each that is never
 * part of another character, and a malformed sequence ends at the next of them, so that each cell
 * decodes to the characters a decoder of the whole file gives. A file in another character set is
 * turned into UTF-8 as it is read ({@link #open}): not split as bytes even where the separator is one
 * byte too, since Java's GB18030 decoder takes a separator or a line end after a broken sequence of four
 * bytes into the sequence. Every byte of a line passes the loop that finds its end, which also notes
 * whether the file held a control character a cell may not hold ({@link #controlCharacterSeen}).
 */
final class CsvRecords implements Closeable {

    private static final byte SEPARATOR = (byte) ICSVParser.DEFAULT_SEPARATOR;
    private static final byte QUOTE = (byte) ICSVParser.DEFAULT_QUOTE_CHARACTER;
    /** Eight bytes of the read buffer as one number, the first byte its lowest. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The byte after the separator in each byte of a word, and each byte's highest bit. */
    private static final long BELOW_SEPARATOR = 0x0101010101010101L * (SEPARATOR + 1);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    /** The parser of record, for lines with a quote character. */
    private final RFC4180Parser parser = new RFC4180ParserBuilder().build();
    private byte[] buffer;
    /** {@link Utf8#decode}'s scratch. */
    private final Utf8.Scratch scratch = new Utf8.Scratch();
    /** The next byte to read in {@link #buffer}, and the end of what it holds. */
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
    private boolean controlCharacterSeen;

    /**
     * @param utf8       the file in UTF-8
     * @param bufferSize the bytes read at a time (the buffer grows for a longer line)
     */
    private CsvRecords(InputStream utf8, int bufferSize) {
        this.in = utf8;
        this.buffer = new byte[Math.max(1, bufferSize)];
    }

    /**
     * The records of a file in a character set: a file in UTF-8 read as it is, one in any other turned
     * into UTF-8 as it is read, from the characters Java's decoder of its character set reads (a
     * malformed sequence read as U+FFFD, as a reader reads it): GB18030, GBK, GB2312 and Big5 by
     * {@link ChineseCharsetAsUtf8}, any other by commons-io's {@link ReaderInputStream}.
     */
    static CsvRecords open(InputStream in, Charset charset, int bufferSize) throws IOException {
        if (StandardCharsets.UTF_8.equals(charset)) {
            return new CsvRecords(in, bufferSize);
        }
        if (ChineseCharsetAsUtf8.CHARSETS.contains(charset)) {
            return new CsvRecords(new ChineseCharsetAsUtf8(in, charset), bufferSize);
        }
        return new CsvRecords(ReaderInputStream.builder()
                .setReader(new InputStreamReader(in, charset))
                .setCharset(StandardCharsets.UTF_8)
                .get(), bufferSize);
    }

    /**
     * Whether any line read so far, up to the end of the last record read, holds a C0 control character
     * other than tab, CR and LF ({@link CellCheck#isForbidden}): as long as none did, the cells read need
     * no check for one.
     */
    boolean controlCharacterSeen() {
        return controlCharacterSeen;
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
        return quoted ? quotedRecord(firstLine) : cells();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The record that starts with the last line read, which holds a quote: split here when its quotes
     * allow ({@link #quotedCells}), else by opencsv's parser, with the lines its quoted cell spans
     * (kept out of {@link #readNext}, which splits nearly every line, so that it stays small).
     *
     * @param firstLine the physical line the record starts on, for the failure of a quote never closed
     */
    private String[] quotedRecord(long firstLine) throws IOException {
        String[] cells = quotedCells();
        if (cells != null) {
            return cells;
        }
        String[] record = null;
        while (true) {
            String[] part = parser.parseLineMulti(text(lineStart, lineEnd));
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

    /** The cells of the last line read, which holds no quote: split at every separator, as opencsv splits it. */
    private String[] cells() {
        String[] cells = new String[separatorCount + 1];
        int from = lineStart;
        for (int i = 0; i < separatorCount; i++) {
            int at = separators[i];
            cells[i] = text(from, at);
            from = at + 1;
        }
        cells[separatorCount] = text(from, lineEnd);
        return cells;
    }

    /**
     * The cells of the last line read, which holds a quote, when each quote is where RFC 4180 puts one:
     * a cell that starts with a quote ends with one right before a separator or the line's end, and
     * every quote inside it is doubled (as every cell of a file written with all its cells quoted);
     * null for any other line, which opencsv's parser reads: a quote inside a cell that does not start
     * with one, text after a closing quote, or a quoted cell that goes on after the line's end.
     */
    private String[] quotedCells() {
        // a separator inside quotes is not a cell's end: there are no more cells than this
        String[] cells = new String[separatorCount + 1];
        int count = 0;
        int at = lineStart;
        while (true) {
            if (at < lineEnd && buffer[at] == QUOTE) {
                int close = closingQuote(at + 1);
                if (close < 0 || close + 1 < lineEnd && buffer[close + 1] != SEPARATOR) {
                    return null;
                }
                // String.replace gives the string itself when there is no doubled quote to undo
                cells[count++] = text(at + 1, close).replace("\"\"", "\"");
                at = close + 1;
            } else {
                int from = at;
                while (at < lineEnd && buffer[at] != SEPARATOR) {
                    if (buffer[at] == QUOTE) {
                        return null;
                    }
                    at++;
                }
                cells[count++] = text(from, at);
            }
            if (at == lineEnd) {
                return count == cells.length ? cells : Arrays.copyOf(cells, count);
            }
            // past the separator
            at++;
        }
    }

    /**
     * The closing quote of a quoted cell of the last line read whose text starts at {@code from}: the
     * first quote that is not one of a doubled pair; -1 when the line ends first.
     */
    private int closingQuote(int from) {
        for (int at = from; at < lineEnd; at++) {
            if (buffer[at] == QUOTE) {
                if (at + 1 == lineEnd || buffer[at + 1] != QUOTE) {
                    return at;
                }
                at++;
            }
        }
        return -1;
    }

    /** The characters of {@code buffer[from..to)}. */
    private String text(int from, int to) {
        return Utf8.decode(buffer, from, to - from, scratch.chars(to - from));
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
            // most bytes are none of the few that matter (the separator, the quote, line ends and
            // controls, all below the separator's value): letters, digits, and every byte of a
            // character beyond ASCII (negative as a Java byte). Eight bytes are passed at a time
            // where none of them matters, and else up to the first that does
            if (end - i >= Long.BYTES) {
                long matter = belowSeparator((long) EIGHT_BYTES.get(buffer, i));
                if (matter == 0) {
                    i += Long.BYTES;
                    continue;
                }
                i += Long.numberOfTrailingZeros(matter) >>> 3;
            } else if (buffer[i] > SEPARATOR || buffer[i] < 0) {
                i++;
                continue;
            }
            byte b = buffer[i];
            if (b == '\n' || b == '\r') {
                lineStart = next;
                lineEnd = i;
                next = i + 1;
                skipLf = b == '\r';
                linesRead++;
                return true;
            }
            if (b == SEPARATOR) {
                if (separatorCount == separators.length) {
                    separators = Arrays.copyOf(separators, separatorCount * 2);
                }
                separators[separatorCount++] = i;
            } else if (b == QUOTE) {
                quoted = true;
            } else if (CellCheck.isForbidden((char) b)) {
                controlCharacterSeen = true;
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
     * The bytes of a word (the first byte its lowest) that are ASCII and no greater than the
     * separator, each marked by its highest bit: the first marked byte is always one of them, and
     * no byte before it is (a byte after it may be marked without being one, by the subtraction's
     * borrow). Nothing is marked when none is.
     */
    static long belowSeparator(long word) {
        return (word - BELOW_SEPARATOR) & ~word & HIGH_BITS;
    }

    /**
     * Reads more bytes after those not yet read, which move to the start of the buffer (the
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
