package cn.icpcheck.triage;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an inbox file, streaming: an xlsx workbook sheet by sheet through POI's event API (SAX over
 * each sheet's XML, POI's zip-bomb guards on), or a CSV file row by row. Only the rows that name a
 * finding come out; a table is found by its header row, wherever its columns are.
 */
final class InboxReader {

    /** Larger files are refused unread. */
    static final long MAX_BYTES = 100L * 1024 * 1024;
    /**
     * A time after a date written as text (a date-time cell some libraries write so), left out: the
     * date itself may be 2026-12-20, 2026/12/20, 2026.12.20, 2026年12月20日 or 20261220.
     */
    private static final Pattern TIME_AFTER_DATE =
            Pattern.compile("^(\\S+)[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*$");
    /** How far down a sheet its header row may be (rows copied under a title, say). */
    private static final int HEADER_SEARCH_ROWS = 20;

    /** What a file says about itself. */
    record FileInfo(String lastModifiedBy) {
    }

    private InboxReader() {
    }

    static FileInfo read(Path file, Consumer<SourceRow> sink) throws RefusedFileException, IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RefusedFileException("file too large: " + size + " bytes, at most " + MAX_BYTES);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? readCsv(file, sink) : readWorkbook(file, sink);
    }

    // ---- xlsx ---------------------------------------------------------------------------------

    private static FileInfo readWorkbook(Path file, Consumer<SourceRow> sink) throws RefusedFileException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new RefusedFileException("encrypted, or not an xlsx workbook (an OLE2 file such as .xls)");
            }
            if (magic != FileMagic.OOXML) {
                throw new RefusedFileException("not an xlsx workbook");
            }
        } catch (EmptyFileException e) {
            throw new RefusedFileException("empty file");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean anyTable = false;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetHandler handler = new SheetHandler(sheets.getSheetName(), sink);
                    ImpliedCellReferences references = new ImpliedCellReferences();
                    references.setParent(XMLHelper.newXMLReader());
                    InlineStringEdits xml = new InlineStringEdits();
                    xml.setParent(references);
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new IsoDates(), false));
                    xml.parse(new InputSource(sheet));
                    anyTable |= handler.table != null;
                }
            }
            if (!anyTable) {
                throw new RefusedFileException("no finding id column (编号 / Finding ID) on any sheet");
            }
            return new FileInfo(pkg.getPackageProperties().getLastModifiedByProperty().orElse(null));
        } catch (UnsupportedFileFormatException | OpenXML4JException | SAXException
                 | ParserConfigurationException | IllegalStateException | org.apache.poi.ooxml.POIXMLException e) {
            throw new RefusedFileException("cannot be read as an xlsx workbook: " + reason(e), e);
        } catch (IOException e) {
            // POI's guards (a zip bomb, an entry too large) and a broken zip come as I/O errors
            throw new RefusedFileException("cannot be read as an xlsx workbook: " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Dates as yyyy-MM-dd whatever their cell format; other cells as POI formats them. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, use1904);
                return date.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** One sheet: finds its header row, then reads each row under it. */
    private static final class SheetHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheetName;
        private final Consumer<SourceRow> sink;
        private final Map<Integer, String> cells = new HashMap<>();
        private SheetRows table;

        SheetHandler(String sheetName, Consumer<SourceRow> sink) {
            this.sheetName = sheetName;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (table == null) {
                if (rowNum < HEADER_SEARCH_ROWS) {
                    table = SheetRows.ofHeader(sheetName, cells);
                }
            } else {
                table.row(rowNum + 1, cells::get, sink);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference != null && formattedValue != null) {
                cells.put((int) new CellReference(cellReference).getCol(), formattedValue);
            }
        }
    }

    // ---- csv ----------------------------------------------------------------------------------

    private static FileInfo readCsv(Path file, Consumer<SourceRow> sink) throws RefusedFileException, IOException {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build())
                     // a failure to read fails the import rather than reading as the end of the file (CsvRows)
                     .withVerifyReader(false).build()) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new RefusedFileException("empty file");
            }
            Map<Integer, String> names = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                names.put(i, i == 0 ? header[i].replace("\uFEFF", "") : header[i]);
            }
            SheetRows table = SheetRows.ofHeader("", names);
            if (table == null) {
                throw new RefusedFileException("no finding id column (finding_id / 编号) in the header");
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                String[] r = row;
                table.row((int) csv.getLinesRead(), i -> i < r.length ? r[i] : null, sink);
            }
            return new FileInfo(null);
        } catch (CharacterCodingException e) {
            throw new RefusedFileException("not a UTF-8 CSV file");
        } catch (CsvException e) {
            throw new RefusedFileException("cannot be read as CSV: " + reason(e));
        }
    }

    /** A date cell's text, or a date typed as text: yyyy-MM-dd, yyyy/M/d; null when not a date. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = TIME_AFTER_DATE.matcher(text.strip()).replaceFirst("$1")
                .replace('/', '-').replace('.', '-').replace('年', '-').replace('月', '-').replace("日", "");
        String[] parts = t.split("-");
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
