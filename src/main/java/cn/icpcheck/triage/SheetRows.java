package cn.icpcheck.triage;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Turns the rows of one table (a sheet, or a CSV file) into {@link SourceRow}s, its columns found by
 * their headers. A family sheet's row names one finding; a row of the contact list names every
 * finding counted in it, and is read as one row per finding.
 */
final class SheetRows {

    private final String sheet;
    private final Map<TriageColumns.Kind, Integer> columns;

    private SheetRows(String sheet, Map<TriageColumns.Kind, Integer> columns) {
        this.sheet = sheet;
        this.columns = columns;
    }

    /** The table whose header this is, or null when it names no finding id column. */
    static SheetRows ofHeader(String sheet, Map<Integer, String> header) {
        Map<TriageColumns.Kind, Integer> columns = new EnumMap<>(TriageColumns.Kind.class);
        for (Map.Entry<Integer, String> cell : header.entrySet()) {
            TriageColumns.Kind kind = TriageColumns.kind(cell.getValue());
            if (kind != null) {
                columns.putIfAbsent(kind, cell.getKey());
            }
        }
        if (!columns.containsKey(TriageColumns.Kind.ID) && !columns.containsKey(TriageColumns.Kind.FINDING_IDS)) {
            return null;
        }
        return new SheetRows(sheet, columns);
    }

    /** Reads one row; {@code cells} gives the text of a column (null or empty when blank). */
    void row(int rowNo, IntFunction<String> cells, Consumer<SourceRow> sink) {
        if (columns.containsKey(TriageColumns.Kind.ID)) {
            String id = cell(cells, TriageColumns.Kind.ID);
            if (id == null || id.isBlank()) {
                return;
            }
            // what the row was written with, when the workbook still holds it whole: every row we write
            // has a status there; a row that lost it (columns deleted, cells cleared) only changes what
            // differs from the decision that stands, as a row copied without those columns does
            SourceRow.Written written = null;
            String writtenStatus = cell(cells, TriageColumns.Kind.WRITTEN_STATUS);
            if (columns.containsKey(TriageColumns.Kind.WRITTEN_REVISION) && writtenStatus != null && !writtenStatus.isBlank()) {
                written = new SourceRow.Written(writtenStatus.strip(),
                        orEmpty(cell(cells, TriageColumns.Kind.WRITTEN_NOTE)),
                        orEmpty(cell(cells, TriageColumns.Kind.WRITTEN_REVIEW_BY)),
                        orEmpty(cell(cells, TriageColumns.Kind.WRITTEN_DECIDED_BY)),
                        revision(cell(cells, TriageColumns.Kind.WRITTEN_REVISION)));
            }
            sink.accept(new SourceRow(sheet, rowNo, id.strip(), cell(cells, TriageColumns.Kind.STATUS),
                    cell(cells, TriageColumns.Kind.NOTE), cell(cells, TriageColumns.Kind.REVIEW_BY),
                    cell(cells, TriageColumns.Kind.DECIDED_BY), written));
            return;
        }
        String ids = cell(cells, TriageColumns.Kind.FINDING_IDS);
        if (ids == null || ids.isBlank()) {
            return;
        }
        String status = contactStatus(cell(cells, TriageColumns.Kind.CONTACT_STATUS));
        String writtenStatus = contactStatus(cell(cells, TriageColumns.Kind.WRITTEN_CONTACT_STATUS));
        String note = cell(cells, TriageColumns.Kind.NOTE);
        String writtenNote = orEmpty(cell(cells, TriageColumns.Kind.WRITTEN_NOTE));
        for (String entry : ids.split(";")) {
            String[] idAndRevision = entry.strip().split(":", 2);
            if (idAndRevision[0].isBlank()) {
                continue;
            }
            long revision = idAndRevision.length > 1 ? revision(idAndRevision[1]) : 0;
            sink.accept(new SourceRow(sheet, rowNo, idAndRevision[0].strip(), status, note, null, null,
                    new SourceRow.Written(orEmpty(writtenStatus), writtenNote, "", "", revision)));
        }
    }

    /** The contact list's words: 待联系 / To contact is pending, 已联系 / Contacted is contacted. */
    private static String contactStatus(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "待联系", "to contact", "pending" -> TriageStatus.PENDING.code();
            case "已联系", "contacted" -> TriageStatus.CONTACTED.code();
            default -> word;
        };
    }

    /** A cell's text: empty when the cell is blank, null only when the table has no such column. */
    private String cell(IntFunction<String> cells, TriageColumns.Kind kind) {
        Integer column = columns.get(kind);
        return column == null ? null : orEmpty(cells.apply(column));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static long revision(String text) {
        try {
            return text == null || text.isBlank() ? 0 : (long) Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
