package cn.icpcheck.report;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A workbook streamed with SXSSF: only a window of rows per sheet stays in memory, the rest goes
 * to temporary files ({@link TempSheetWriter}, plain XML, removed when the workbook is closed), so a
 * million rows pass through in little memory. A first, small sheet may be a regular XSSF sheet of the
 * same workbook, written before streaming starts: SXSSF cannot draw charts, a regular sheet can.
 * Its sheets are deflated on two threads ({@link BlockDeflatedZip}).
 */
final class StreamedWorkbook {

    /** Rows kept in memory per sheet while streaming. */
    private static final int WINDOW = 100;

    /** What fills the workbook's sheets. */
    @FunctionalInterface
    interface Sheets {
        void write(SheetContext ctx);
    }

    /** What fills the regular sheets that come first, before any streamed sheet. */
    @FunctionalInterface
    interface RegularSheets {
        void write(RegularContext ctx);
    }

    /** What a regular sheet may use: the whole workbook, its styles, words and print layout. */
    record RegularContext(XSSFWorkbook workbook, WorkbookStyles styles, WorkbookLabels labels, PrintLayout print) {
    }

    private StreamedWorkbook() {
    }

    /**
     * SXSSF with this package's temporary sheets ({@link TempSheetWriter}) and the fastest deflate.
     * The sheets' dimensions are not worked out from POI's rows: a table's rows are written without
     * them ({@link ReportTable} sets each sheet's dimension).
     */
    static final class Streaming extends SXSSFWorkbook {
        private final Map<SXSSFSheet, TempSheetWriter> writers = new HashMap<>();
        private TempSheetWriter created;

        Streaming(XSSFWorkbook base) {
            super(base, WINDOW);
            setShouldCalculateSheetDimensions(false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            created = new TempSheetWriter();
            return created;
        }

        @Override
        public SXSSFSheet createSheet(String name) {
            created = null;
            SXSSFSheet sheet = super.createSheet(name);
            if (created == null) {
                throw new IllegalStateException("POI made the sheet " + name + " without a writer of its rows");
            }
            writers.put(sheet, created);
            return sheet;
        }

        /** The writer of a sheet's rows. */
        TempSheetWriter rowsOf(SXSSFSheet sheet) {
            return writers.get(sheet);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            // the sheets are large, repetitive XML: the fastest level compresses them nearly as
            // well, in a third of the time, and on two threads (BlockDeflatedZip). POI's default,
            // zip64 records for every entry (Zip64Mode.Always), it writes with a zip stream of its own
            // (OpcZipArchiveOutputStream: package-private, and without raw entries), made for Excel,
            // which wants them in an entry's local header once the entry passes 4 GB. This zip writes
            // them only for such an entry (none: a sheet of 1,048,576 rows is some 1.5 GB), whose size a
            // raw entry gives ahead; below it a plain zip, which every reader takes, as Excel writes it
            ZipArchiveOutputStream zip = new BlockDeflatedZip(stream);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /**
     * @param runningTitle what the top of every printed page says
     * @param rowLimit     the most rows per sheet, header included
     */
    static void write(OutputStream out, WorkbookLabels labels, String runningTitle, int rowLimit, Sheets sheets)
            throws IOException {
        write(out, labels, runningTitle, rowLimit, ctx -> { }, sheets);
    }

    /** @param regular writes the first sheets, regular ones (small: they are held in memory whole) */
    static void write(OutputStream out, WorkbookLabels labels, String runningTitle, int rowLimit,
                      RegularSheets regular, Sheets sheets) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        PrintLayout print = new PrintLayout(runningTitle, labels);
        regular.write(new RegularContext(base, styles, labels, print));
        // the regular sheets are the template the streamed workbook starts from: written as they are
        try (Streaming workbook = new Streaming(base)) {
            sheets.write(new SheetContext(workbook, styles, labels, print, rowLimit));
            workbook.write(out);
        }
    }
}
