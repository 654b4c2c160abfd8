package cn.icpcheck.triage;

/**
 * A row of an inbox file that names a finding, its cells as text (a date as yyyy-MM-dd); a cell is
 * null when the file has no such column.
 *
 * @param row     the row as the spreadsheet or the CSV file numbers it (the header is row 1 of a CSV file)
 * @param written what the workbook was written with, or null (a CSV file, or a sheet without those columns)
 */
record SourceRow(String sheet, int row, String findingId, String status, String note, String reviewBy,
                 String decidedBy, Written written) {

    /**
     * The decision a workbook row was written with, in hidden columns (see {@link TriageColumns}).
     *
     * @param status   the status code the row showed
     * @param revision the audit row of the decision that stood then; 0 for none
     */
    record Written(String status, String note, String reviewBy, String decidedBy, long revision) {
    }
}
