package cn.icpcheck.triage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an inbox file is read by, found by their header in either language (trimmed, any
 * case), wherever they are: staff may move columns. The workbook's family sheets and the contact
 * list also carry hidden columns with the decision each row was written with, named here for the
 * writer and the reader alike.
 */
public final class TriageColumns {

    public static final String WRITTEN_STATUS = "written_status";
    public static final String WRITTEN_NOTE = "written_note";
    public static final String WRITTEN_REVIEW_BY = "written_review_by";
    public static final String WRITTEN_DECIDED_BY = "written_decided_by";
    public static final String WRITTEN_REVISION = "written_revision";
    /** The contact list: the findings counted in a row, each {@code id:revision}, {@code ;}-separated. */
    public static final String FINDING_IDS = "finding_ids";
    public static final String WRITTEN_CONTACT_STATUS = "written_contact_status";

    /** What a column is. */
    enum Kind {
        ID, STATUS, NOTE, REVIEW_BY, DECIDED_BY, CONTACT_STATUS,
        WRITTEN_STATUS, WRITTEN_NOTE, WRITTEN_REVIEW_BY, WRITTEN_DECIDED_BY, WRITTEN_REVISION,
        FINDING_IDS, WRITTEN_CONTACT_STATUS
    }

    private static final Map<Kind, List<String>> NAMES = Map.ofEntries(
            Map.entry(Kind.ID, List.of("编号", "finding id", "finding_id")),
            Map.entry(Kind.STATUS, List.of("处理状态", "status")),
            Map.entry(Kind.NOTE, List.of("备注", "note")),
            Map.entry(Kind.REVIEW_BY, List.of("复核日期", "review by", "review_by")),
            Map.entry(Kind.DECIDED_BY, List.of("处理人", "decided by", "decided_by")),
            Map.entry(Kind.CONTACT_STATUS, List.of("联系状态", "contact status", "contact_status")),
            Map.entry(Kind.WRITTEN_STATUS, List.of(WRITTEN_STATUS)),
            Map.entry(Kind.WRITTEN_NOTE, List.of(WRITTEN_NOTE)),
            Map.entry(Kind.WRITTEN_REVIEW_BY, List.of(WRITTEN_REVIEW_BY)),
            Map.entry(Kind.WRITTEN_DECIDED_BY, List.of(WRITTEN_DECIDED_BY)),
            Map.entry(Kind.WRITTEN_REVISION, List.of(WRITTEN_REVISION)),
            Map.entry(Kind.FINDING_IDS, List.of(FINDING_IDS)),
            Map.entry(Kind.WRITTEN_CONTACT_STATUS, List.of(WRITTEN_CONTACT_STATUS)));

    private TriageColumns() {
    }

    /** The kind of column a header names, or null. */
    static Kind kind(String header) {
        if (header == null) {
            return null;
        }
        String name = header.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<Kind, List<String>> e : NAMES.entrySet()) {
            if (e.getValue().contains(name)) {
                return e.getKey();
            }
        }
        return null;
    }
}
