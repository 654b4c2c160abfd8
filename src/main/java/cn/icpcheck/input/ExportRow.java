package cn.icpcheck.input;

/**
 * One record of an export file as read, before validation.
 *
 * @param line           the physical line it starts on (the header is line 1)
 * @param malformedCause why the CSV itself could not be parsed here (the detail of a
 *                       {@code malformed CSV} rejection), or null
 * @param linesLost      the physical lines that could not be read from here on (an unterminated
 *                       quote swallows the rest of the file), each counted as a rejected row; else 0
 * @param mayHoldControls false when the reader saw no control character in the file up to the end
 *                       of this row ({@link CsvRecords#controlCharacterSeen}): its cells need no check for one
 */
public record ExportRow(ExportHeader header, int line, String[] cells, String malformedCause, int linesLost,
                        boolean mayHoldControls) {

    public ExportFile file() {
        return header.file();
    }

    /** The trimmed cell of a column, or null when the column is absent or the cell is empty. */
    public String text(String column) {
        int at = header.positionOf(column);
        if (at < 0 || at >= cells.length) {
            return null;
        }
        String value = cells[at].trim();
        return value.isEmpty() ? null : value;
    }

    public boolean hasExpectedFieldCount() {
        return cells.length == header.fieldCount();
    }
}
