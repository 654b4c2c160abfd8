package cn.icpcheck.report;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What the sheets of one workbook share.
 *
 * @param rowLimit the most rows a sheet may hold, header included (Excel's 1,048,576; lower in tests)
 */
record SheetContext(SXSSFWorkbook workbook, WorkbookStyles styles, WorkbookLabels labels, PrintLayout print,
                    int rowLimit) {
}
