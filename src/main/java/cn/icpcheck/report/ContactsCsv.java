package cn.icpcheck.report;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.triage.TriageColumns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static cn.icpcheck.report.Columns.Column.both;
import static cn.icpcheck.report.Columns.Column.hidden;
import static cn.icpcheck.report.Columns.Column.sheet;

/**
 * remediation-contacts.csv: the contact list for the customer-contact team's tools (outputs.md).
 * Its columns are declared once, here, for the CSV file and for remediation-contacts.xlsx.
 */
public final class ContactsCsv {

    public static final String FILE_NAME = "remediation-contacts.csv";
    /** Between the rule codes, and between the actions, of one row. */
    private static final String LIST_SEPARATOR = ";";

    static final String CONTACT_STATUS_KEY = "column.contact_status";

    static final Columns<ContactRow> COLUMNS = Columns.of(
            both("priority", "column.priority", 8, r -> Integer.toString(r.priority()),
                    (out, r, l) -> out.count(r.priority())),
            both("customer_id", "column.customer", 18, ContactRow::customerId, (out, r, l) -> out.text(r.customerId())),
            both("subject_no", "column.subject_no", 21, ContactRow::subjectNo, (out, r, l) -> out.text(r.subjectNo())),
            both("province", "column.province", 10, ContactRow::province,
                    (out, r, l) -> out.wrapped(l.province(r.province()))),
            both("holder_name", "column.holder_name", 24, ContactRow::holderName,
                    (out, r, l) -> out.wrapped(r.holderName())),
            both("contact_name", "column.contact_name", 10, ContactRow::contactName,
                    (out, r, l) -> out.text(r.contactName())),
            both("contact_mobile", "column.contact_mobile", 14, ContactRow::contactMobile,
                    (out, r, l) -> out.text(r.contactMobile())),
            both("contact_email", "column.contact_email", 24, ContactRow::contactEmail,
                    (out, r, l) -> out.wrapped(r.contactEmail())),
            both("top_severity", "column.top_severity", 10, r -> r.topSeverity().name(),
                    (out, r, l) -> out.severity(r.topSeverity(), l.severity(r.topSeverity()))),
            both("earliest_deadline", "column.earliest_deadline", 12,
                    r -> r.earliestDeadline() == null ? "" : r.earliestDeadline().toString(),
                    (out, r, l) -> out.date(r.earliestDeadline())),
            both("finding_count", "column.finding_count", 8, r -> Integer.toString(r.findingCount()),
                    (out, r, l) -> out.count(r.findingCount())),
            both("rules", "column.rules", 24,
                    r -> r.rules().stream().map(RuleCode::name).collect(Collectors.joining(LIST_SEPARATOR)),
                    (out, r, l) -> out.wrapped(r.rules().stream().map(l::ruleTitle).collect(Collectors.joining("\n")))),
            both("actions", "column.actions", 44, r -> String.join(LIST_SEPARATOR, r.actions()),
                    (out, r, l) -> out.wrapped(String.join("\n", r.actions()))),
            both("contact_status", CONTACT_STATUS_KEY, 10, ContactRow::contactStatusCode,
                    (out, r, l) -> out.text(l.contactStatus(r.contacted()))),
            both("last_contacted_on", "column.last_contacted_on", 11,
                    r -> r.lastContactedOn() == null ? "" : r.lastContactedOn().toString(),
                    (out, r, l) -> out.date(r.lastContactedOn())),
            sheet("column.note", 20, (out, r, l) -> out.text("")),
            hidden(TriageColumns.FINDING_IDS, (out, r, l) -> out.text(r.findingRefs())),
            hidden(TriageColumns.WRITTEN_CONTACT_STATUS,
                    (out, r, l) -> out.text(r.contacted() ? "contacted" : "pending")),
            hidden(TriageColumns.WRITTEN_NOTE, (out, r, l) -> out.text("")));

    public static final List<String> HEADER = COLUMNS.csvHeader();

    private ContactsCsv() {
    }

    public static void write(Path target, List<ContactRow> rows) throws IOException {
        CsvReport.write(target, HEADER, () -> rows.stream().map(COLUMNS::csvRow).iterator());
    }
}
