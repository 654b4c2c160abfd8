package cn.icpcheck.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each known column stands in one file's header. Columns are found by their English or
 * Chinese name, trimmed and ignoring case, in any order; extra columns are ignored.
 */
public final class ExportHeader {

    private final ExportFile file;
    private final int fieldCount;
    private final Map<String, Integer> positionByColumn;

    private ExportHeader(ExportFile file, int fieldCount, Map<String, Integer> positionByColumn) {
        this.file = file;
        this.fieldCount = fieldCount;
        this.positionByColumn = positionByColumn;
    }

    /**
     * Maps a header row to the file's columns.
     *
     * @throws InputFileException naming the file and the first required column that is missing
     */
    public static ExportHeader of(ExportFile file, String[] header) {
        Map<String, Integer> byHeaderText = new HashMap<>();
        for (int i = header.length - 1; i >= 0; i--) {
            String cell = i == 0 ? stripBom(header[i]) : header[i];
            byHeaderText.put(cell.trim().toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (ExportColumn column : file.columns()) {
            Integer at = byHeaderText.get(column.name().toLowerCase(Locale.ROOT));
            if (at == null) {
                at = byHeaderText.get(column.chineseName().toLowerCase(Locale.ROOT));
            }
            if (at != null) {
                positions.put(column.name(), at);
            } else if (column.required()) {
                throw new InputFileException(file.fileName() + ": required column '" + column.name()
                        + "' (" + column.chineseName() + ") is missing from the header");
            }
        }
        return new ExportHeader(file, header.length, positions);
    }

    public ExportFile file() {
        return file;
    }

    /** How many fields every row of the file must have. */
    public int fieldCount() {
        return fieldCount;
    }

    /** The position of a column in a row, or -1 when the (optional) column is absent. */
    public int positionOf(String column) {
        return positionByColumn.getOrDefault(column, -1);
    }

    public List<ExportColumn> columns() {
        return file.columns();
    }

    static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }
}
