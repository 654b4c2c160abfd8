package cn.icpcheck.report;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A workbook streamed with SXSSF: only a window of rows per sheet stays in memory, the rest goes
 * to compressed temporary files ({@link TempSheetWriter}, removed when the workbook is closed), so a
 * million rows pass through in little memory.
 */
final class StreamedWorkbook {

    /** Rows kept in memory per sheet while streaming. */
    private static final int WINDOW = 100;

    /** What fills the workbook's sheets. */
    @FunctionalInterface
    interface Sheets {
        void write(SheetContext ctx);
    }

    private StreamedWorkbook() {
    }

    /**
     * @param runningTitle what the top of every printed page says
     * @param rowLimit     the most rows per sheet, header included
     */
    static void write(OutputStream out, WorkbookLabels labels, String runningTitle, int rowLimit, Sheets sheets)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new TempSheetWriter();
            }
        }) {
            SheetContext ctx = new SheetContext(workbook, new WorkbookStyles(workbook), labels,
                    new PrintLayout(runningTitle, labels), rowLimit);
            sheets.write(ctx);
            workbook.write(out);
        }
    }
}
