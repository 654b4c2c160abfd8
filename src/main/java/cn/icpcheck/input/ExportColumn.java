package cn.icpcheck.input;

/** A column of an export file, known by its English or Chinese header (inputs.md). */
public record ExportColumn(String name, String chineseName, boolean required) {

    static ExportColumn required(String name, String chineseName) {
        return new ExportColumn(name, chineseName, true);
    }

    static ExportColumn optional(String name, String chineseName) {
        return new ExportColumn(name, chineseName, false);
    }
}
