package cn.icpcheck.triage;

/**
 * A row of triage-import.csv: an applied, conflicting or rejected row, or a refused file.
 *
 * @param sheet     empty for a CSV file or a refused file
 * @param row       the row as the spreadsheet or the CSV file numbers it (the header is row 1); 0 for a refused file
 * @param status    the status the row asked for (its code, or the word as written when unknown); empty when none
 * @param decidedBy who the row says decided; empty for a refused file
 */
public record ImportOutcome(String file, String sheet, int row, String findingId, Outcome outcome, String reason,
                            String status, String decidedBy) {

    /** What became of a row or a file. */
    public enum Outcome {
        APPLIED, CONFLICT, REJECTED, REFUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
