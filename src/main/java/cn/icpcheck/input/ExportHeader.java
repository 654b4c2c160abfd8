package cn.icpcheck.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each known column stands in one file's header. Columns are found by their English or
 * Chinese name, trimmed and ignoring case, in any order; extra columns are ignored.
 */
public final class ExportHeader {

    private final ExportFile file;
    private final int fieldCount;
    private final List<Present> present;
    /**
     * The names of the columns present, in the file's order of columns, and their positions: a
     * row's cells are looked up by name for every cell read (some 60 million times at a million
     * subjects), and a scan finds the name the intakes ask for by identity, since they ask by the
     * columns' own names; a hash map took 0.9 s of CPU there.
     */
    private final String[] presentNames;
    private final int[] presentPositions;

    /** A known column that this header has, and where. */
    public record Present(ExportColumn column, int position) {
    }

    private ExportHeader(ExportFile file, int fieldCount, Map<String, Integer> positionByColumn) {
        this.file = file;
        this.fieldCount = fieldCount;
        this.present = file.columns().stream().filter(c -> positionByColumn.containsKey(c.name()))
                .map(c -> new Present(c, positionByColumn.get(c.name()))).toList();
        this.presentNames = present.stream().map(p -> p.column().name()).toArray(String[]::new);
        this.presentPositions = present.stream().mapToInt(Present::position).toArray();
    }

    /**
     * Maps a header row to the file's columns.
     *
     * @throws InputFileException naming the file and the first required column that is missing
     */
    public static ExportHeader of(ExportFile file, String[] header) {
        Map<String, List<Integer>> byHeaderText = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String cell = i == 0 ? stripBom(header[i]) : header[i];
            byHeaderText.computeIfAbsent(cell.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(i);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (ExportColumn column : file.columns()) {
            List<Integer> at = new ArrayList<>(byHeaderText.getOrDefault(column.name().toLowerCase(Locale.ROOT), List.of()));
            at.addAll(byHeaderText.getOrDefault(column.chineseName().toLowerCase(Locale.ROOT), List.of()));
            if (at.size() > 1) {
                // which of the two would the checks read? Neither guess is safe
                throw new InputFileException(file.fileName() + ": column '" + column.name() + "' ("
                        + column.chineseName() + ") appears " + at.size() + " times in the header (columns "
                        + at.stream().sorted().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", "))
                        + "); keep one");
            }
            if (!at.isEmpty()) {
                positions.put(column.name(), at.get(0));
            } else if (column.required()) {
                throw new InputFileException(file.fileName() + ": required column '" + column.name()
                        + "' (" + column.chineseName() + ") is missing from the header" + charsetHint(header));
            }
        }
        return new ExportHeader(file, header.length, positions);
    }

    /**
     * When a header holds U+FFFD (bytes the charset could not decode) or NUL (a UTF-16 file read
     * as UTF-8), the column is most likely there in another encoding.
     */
    private static String charsetHint(String[] header) {
        for (String cell : header) {
            if (cell.indexOf('\uFFFD') >= 0 || cell.indexOf('\u0000') >= 0) {
                return "; the header holds characters that could not be decoded (U+FFFD or NUL): the file is"
                        + " probably in another encoding, e.g. --input-charset=GB18030";
            }
        }
        return "";
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
        String[] names = presentNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == column) {
                return presentPositions[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                return presentPositions[i];
            }
        }
        return -1;
    }

    public List<ExportColumn> columns() {
        return file.columns();
    }

    /** The known columns this header has, in the order of the file's columns, each with its position. */
    public List<Present> present() {
        return present;
    }

    static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }
}
