package cn.icpcheck.report;

import cn.icpcheck.filing.compact.Utf8;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The temporary file a streamed sheet's rows go to until the workbook is written: plain XML, not
 * compressed (the file lives only while the workbook is written, and the workbook compresses it
 * then: compressing it twice cost a sixth of writing a workbook; the price is disk, some 1.2 KB
 * per finding while the workbook is written), and through a buffer without locks, since POI
 * writes each cell in many small pieces and a {@code BufferedWriter} takes a lock for every one of
 * them.
 *
 * <p>It writes the cells the reports make (text, numbers and dates, blanks) as POI's own writer
 * does, character for character, without the objects POI makes for each (a {@code CellReference}
 * and its string, the style's number as a string, an iterator of each text's code points: an
 * eighth of all a night allocates); any other kind of cell POI writes. A table's rows below its
 * header come straight from the table ({@link #startRow}), without POI's row and cell objects.
 *
 * <p>The XML is encoded to UTF-8 as it is written, into byte buffers ({@link Utf8#encode}): Java 17's
 * encoder behind an {@code OutputStreamWriter} takes every character after the first that is not
 * ASCII in each piece it is given (a sheet of Chinese text: nearly all of them) through its slow
 * loop, 0.9 s of CPU at a million subjects against 0.5 s. A surrogate pair is never split between two
 * pieces: a cell's text is written whole, or in runs that end before a character escaped (markup,
 * line ends, controls).
 */
final class TempSheetWriter extends SheetDataWriter {

    /**
     * Bytes read from and written to the file at a time: POI's copy works in pieces of 4-8 KB,
     * which would each be a system call of their own (a million subjects' workbooks are
     * some 300 MB of XML).
     */
    private static final int FILE_BUFFER = 1 << 20;

    /** The names of the first columns, A to CV, made once as bytes: the reports have a few dozen at most. */
    private static final byte[][] COLUMN_NAMES = new byte[100][];
    /** The numbers of the first styles as text, made once as bytes: a workbook of the reports has a few dozen. */
    private static final byte[][] STYLE_NUMBERS = new byte[256][];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = ascii(CellReference.convertNumToColString(i));
        }
        for (int i = 0; i < STYLE_NUMBERS.length; i++) {
            STYLE_NUMBERS[i] = ascii(Integer.toString(i));
        }
    }

    // a cell's markup, as bytes: written for each of some eight million cells at a million subjects
    private static final byte[] CELL = ascii("<c r=\"");
    private static final byte[] STYLE = ascii(" s=\"");
    private static final byte[] INLINE_TEXT = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE_SPACE = ascii(" xml:space=\"preserve\"");
    private static final byte[] INLINE_TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii(" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] BLANK_END = ascii("></c>");
    // and a direct row's, for each of some two million rows
    private static final byte[] ROW = ascii("<row r=\"");
    private static final byte[] ROW_HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
    private static final byte[] ROW_START_END = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");

    /** The row POI is writing, numbered from 1 as in the sheet's cell references. */
    private byte[] rowNumber;
    /** A cell of POI's row, or text POI escapes, on its way to the file. */
    private final RowXml poiCell = new RowXml();
    /** The row written directly ({@link #startRow}), until it ends. */
    private final DirectRow directRow = new DirectRow();

    TempSheetWriter() throws IOException {
        super();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = ascii(Integer.toString(rownum + 1));
        super.writeRow(rownum, row);
    }

    /**
     * A cell as POI's {@code writeCell} writes it; text as an inline string, as POI does without a
     * shared-strings table (the workbooks have none: {@link StreamedWorkbook}).
     */
    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        int style = cell.getCellStyle().getIndex() & 0xffff;
        poiCell.clear();
        switch (cell.getCellType()) {
            case STRING -> textCell(poiCell, columnIndex, rowNumber, style, cell.getStringCellValue());
            case NUMERIC -> numberCell(poiCell, columnIndex, rowNumber, style, cell.getNumericCellValue());
            case BLANK -> blankCell(poiCell, columnIndex, rowNumber, style);
            default -> {
                super.writeCell(columnIndex, cell);
                return;
            }
        }
        poiCell.writeTo(file());
    }

    /**
     * Starts a row written straight into the sheet's XML, as POI would write it, without POI's row
     * and cell objects (a million subjects' two workbooks have some eight million cells, and POI
     * makes three or four objects for each); ends the row before, if any. Rows of POI's written
     * after this row's number would come out of order: POI's rows must all be written first
     * ({@code SXSSFSheet.flushRows()}). POI does not see these rows, so whoever writes them sets the
     * sheet's dimension. The cells returned serve until the next row starts.
     *
     * @throws UncheckedIOException when the row before could not be written to the file
     */
    RowCells startRow(int rownum) {
        finishRow();
        directRow.start(rownum);
        return directRow;
    }

    /**
     * Ends the row started last, if it is not ended.
     *
     * @throws UncheckedIOException when it could not be written to the file
     */
    void finishRow() {
        try {
            directRow.end(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row written directly: its cells held in memory until it ends, when its height is known. */
    private static final class DirectRow implements RowCells {
        /** Numbered from 1, as the bytes of its digits; null when no row is open. */
        private byte[] number;
        /** In points, or -1 for the sheet's default. */
        private float height;
        private final RowXml cells = new RowXml();

        void start(int rownum) {
            number = ascii(Integer.toString(rownum + 1));
            height = -1;
            cells.clear();
        }

        /** Writes the row as POI's {@code beginRow}, {@code writeCell} and {@code endRow} write it. */
        void end(SheetFile out) throws IOException {
            if (number == null) {
                return;
            }
            out.write(ROW, ROW.length);
            out.write(number, number.length);
            if (height != -1) {
                out.write(ROW_HEIGHT, ROW_HEIGHT.length);
                out.write(decimal(height));
            }
            out.write(ROW_START_END, ROW_START_END.length);
            cells.writeTo(out);
            out.write(ROW_END, ROW_END.length);
            number = null;
        }

        @Override
        public void text(int column, CellStyle style, String value) {
            textCell(cells, column, number, style.getIndex() & 0xffff, value);
        }

        @Override
        public void number(int column, CellStyle style, double value) {
            numberCell(cells, column, number, style.getIndex() & 0xffff, value);
        }

        @Override
        public void blank(int column, CellStyle style) {
            blankCell(cells, column, number, style.getIndex() & 0xffff);
        }

        @Override
        public void height(float points) {
            // as POI keeps a row's height: in twentieths of a point
            height = (float) ((short) (points * 20) / 20.0);
        }
    }

    private static void textCell(RowXml out, int column, byte[] row, int style, String text) {
        cellStart(out, column, row, style);
        out.write(INLINE_TEXT);
        if (edgeIsWhitespace(text)) {
            out.write(PRESERVE_SPACE);
        }
        out.write('>');
        escaped(out, text);
        out.write(INLINE_TEXT_END);
    }

    private static void numberCell(RowXml out, int column, byte[] row, int style, double value) {
        cellStart(out, column, row, style);
        out.write(NUMBER);
        out.write(decimal(value));
        out.write(NUMBER_END);
    }

    /**
     * A number as {@code Double.toString} writes it. A whole number of fewer than eight digits (every
     * number the reports write: dates as serial numbers, days) is made of its digits and ".0" without
     * that method's general algorithm, Java's {@code FloatingDecimal.dtoa}: compiled by C2 once the
     * workbooks' numbers made it hot, it was C2's costliest single compilation of a night at a million
     * subjects (0.74 s in one compilation log), for numbers that never need it.
     */
    static String decimal(double value) {
        return isSmallWhole(value) ? Long.toString((long) value).concat(".0") : Double.toString(value);
    }

    /** A number as {@code Float.toString} writes it (a row's height): see {@link #decimal(double)}. */
    static String decimal(float value) {
        return isSmallWhole(value) ? Long.toString((long) value).concat(".0") : Float.toString(value);
    }

    /**
     * Whether a number is whole, written by {@code Double.toString} and {@code Float.toString}
     * without an exponent (its magnitude below 10^7), and not {@code -0.0}.
     */
    private static boolean isSmallWhole(double value) {
        return value > -1e7 && value < 1e7 && (long) value == value
                && (value != 0 || Double.doubleToRawLongBits(value) == 0);
    }

    private static void blankCell(RowXml out, int column, byte[] row, int style) {
        cellStart(out, column, row, style);
        out.write(BLANK_END);
    }

    private static void cellStart(RowXml out, int column, byte[] row, int style) {
        out.write(CELL);
        if (column < COLUMN_NAMES.length) {
            out.write(COLUMN_NAMES[column]);
        } else {
            out.write(CellReference.convertNumToColString(column));
        }
        out.write(row);
        out.write('"');
        if (style != 0) {
            out.write(STYLE);
            if (style < STYLE_NUMBERS.length) {
                out.write(STYLE_NUMBERS[style]);
            } else {
                out.write(Integer.toString(style));
            }
            out.write('"');
        }
    }

    /** Markup or a number, all ASCII, as UTF-8. */
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        poiCell.clear();
        escaped(poiCell, text);
        poiCell.writeTo(file());
    }

    /**
     * Text escaped for XML as POI escapes it (the markup characters, line ends and tabs as
     * references, other control characters and U+FFFE/U+FFFF as {@code ?}), the runs between
     * them written whole instead of one code point at a time.
     */
    private static void escaped(RowXml out, String text) {
        if (text == null) {
            return;
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (replacement != null) {
                out.write(text, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(text, run, text.length() - run);
    }

    /** Whether the text starts or ends with white space, which XML keeps only when told to. */
    private static boolean edgeIsWhitespace(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** POI's writer of the sheet: the one {@link #createWriter} made. */
    private SheetFile file() {
        return (SheetFile) _out;
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        // called from the superclass's constructor: uses nothing of this instance
        return new SheetFile(new FileOutputStream(file));
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream file) {
        // POI copies the file into the workbook a few KB at a time
        return new BufferedInputStream(file, FILE_BUFFER);
    }

    /**
     * XML in memory as UTF-8 (a row's cells, a cell), its room kept from one to the next. A
     * {@code StringBuilder} in its place, written to the file's buffer through a copying loop of its
     * own, took 0.2 s more CPU at a million subjects (two profiled pairs: the rows' cells 0.63 and
     * 1.10 s against 0.43 and 0.88 s); a {@code CharArrayWriter} takes a lock for every piece, as
     * {@code BufferedWriter} does.
     */
    private static final class RowXml {
        private byte[] bytes = new byte[1 << 12];
        private int length;

        void clear() {
            length = 0;
        }

        void writeTo(SheetFile out) throws IOException {
            out.write(bytes, length);
        }

        void write(char c) {
            if (c < 0x80) {
                room(1);
                bytes[length++] = (byte) c;
            } else {
                write(String.valueOf(c));
            }
        }

        void write(String text) {
            write(text, 0, text.length());
        }

        /** Bytes of UTF-8 made before (the markup, the columns' names, a row's number). */
        void write(byte[] utf8) {
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        void write(String text, int offset, int count) {
            room(3 * count);
            length = Utf8.encode(text, offset, offset + count, bytes, length);
        }

        private void room(int more) {
            if (more > bytes.length - length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** The sheet's file, through a buffer of bytes without locks, for one thread. */
    private static final class SheetFile extends Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[FILE_BUFFER];
        private int used;

        SheetFile(OutputStream out) {
            this.out = out;
        }

        /** Bytes of XML made elsewhere ({@link RowXml}). */
        void write(byte[] xml, int count) throws IOException {
            if (count > buffer.length - used) {
                drain();
                if (count > buffer.length) {
                    out.write(xml, 0, count);
                    return;
                }
            }
            System.arraycopy(xml, 0, buffer, used, count);
            used += count;
        }

        @Override
        public void write(int c) throws IOException {
            if (c < 0x80 && used < buffer.length) {
                buffer[used++] = (byte) c;
            } else {
                write(String.valueOf((char) c), 0, 1);
            }
        }

        @Override
        public void write(char[] source, int offset, int count) throws IOException {
            write(String.valueOf(source, offset, count), 0, count);
        }

        @Override
        public void write(String text, int offset, int count) throws IOException {
            if (3 * count > buffer.length - used) {
                drain();
                if (3 * count > buffer.length) {
                    // longer than the buffer holds: POI writes nothing so long itself
                    byte[] utf8 = new byte[3 * count];
                    out.write(utf8, 0, Utf8.encode(text, offset, offset + count, utf8, 0));
                    return;
                }
            }
            used = Utf8.encode(text, offset, offset + count, buffer, used);
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
