package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
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
 *
 * <p>It writes the cells the reports make (text, numbers and dates, blanks) as POI's own writer
 * does, character for character, without the objects POI makes for each (a {@code CellReference}
 * and its string, the style's number as a string, an iterator of each text's code points: an
 * eighth of all a night allocates); any other kind of cell POI writes.
 */
final class TempSheetWriter extends SheetDataWriter {

    private static final int BUFFER = 1 << 16;
    /**
     * Bytes read from and written to the file at a time: the encoder and POI's copy work in pieces
     * of 4-8 KB, which would each be a system call of their own (a million subjects' workbooks are
     * some 300 MB of XML).
     */
    private static final int FILE_BUFFER = 1 << 20;

    /** The names of the first columns, A to CV, made once: the reports have a few dozen at most. */
    private static final String[] COLUMN_NAMES = new String[100];
    /** The numbers of the first styles as text, made once: a workbook of the reports has a few dozen. */
    private static final String[] STYLE_NUMBERS = new String[256];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
        }
        for (int i = 0; i < STYLE_NUMBERS.length; i++) {
            STYLE_NUMBERS[i] = Integer.toString(i);
        }
    }

    /** The row being written, numbered from 1 as in the sheet's cell references. */
    private String rowNumber;

    TempSheetWriter() throws IOException {
        super();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
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
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(columnIndex < COLUMN_NAMES.length ? COLUMN_NAMES[columnIndex]
                : CellReference.convertNumToColString(columnIndex));
        _out.write(rowNumber);
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(style < STYLE_NUMBERS.length ? STYLE_NUMBERS[style] : Integer.toString(style));
            _out.write('"');
        }
        switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                _out.write(" t=\"inlineStr\"><is><t");
                if (edgeIsWhitespace(text)) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                outputEscapedString(text);
                _out.write("</t></is>");
            }
            case NUMERIC -> {
                _out.write(" t=\"n\"><v>");
                _out.write(Double.toString(cell.getNumericCellValue()));
                _out.write("</v>");
            }
            default -> _out.write('>');
        }
        _out.write("</c>");
    }

    /**
     * Text escaped for XML as POI escapes it (the markup characters, line ends and tabs as
     * references, other control characters and U+FFFE/U+FFFF as {@code ?}), the runs between
     * them written whole instead of one code point at a time.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
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
                _out.write(text, run, i - run);
                _out.write(replacement);
                run = i + 1;
            }
        }
        _out.write(text, run, text.length() - run);
    }

    /** Whether the text starts or ends with white space, which XML keeps only when told to. */
    private static boolean edgeIsWhitespace(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
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
