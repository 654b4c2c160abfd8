package cn.icpcheck.report;

/**
 * What the sheets of one workbook share.
 *
 * @param rowLimit the most rows a sheet may hold, header included (Excel's 1,048,576; lower in tests)
 */
record SheetContext(StreamedWorkbook.Streaming workbook, WorkbookStyles styles, WorkbookLabels labels,
                    PrintLayout print, int rowLimit) {
}
