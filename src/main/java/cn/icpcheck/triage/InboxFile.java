package cn.icpcheck.triage;

/**
 * A file the import took from the inbox: where it went and how many of its rows changed nothing.
 *
 * @param outcome   {@code imported}, {@code refused}, or {@code duplicate} (its SHA-256 was imported before)
 * @param movedTo   its path relative to the inbox: {@code imported/<run-date>/name} or {@code refused/<run-date>/name}
 * @param unchanged rows equal to what the workbook was written with, or that asked for nothing
 */
public record InboxFile(String sha256, String fileName, String outcome, String reason, String movedTo, int unchanged) {

    public static final String IMPORTED = "imported";
    public static final String REFUSED = "refused";
    public static final String DUPLICATE = "duplicate";
}
