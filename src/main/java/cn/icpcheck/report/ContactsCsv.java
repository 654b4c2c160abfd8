package cn.icpcheck.report;

import cn.icpcheck.rules.RuleCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** remediation-contacts.csv: the contact list for the customer-contact team's tools (outputs.md). */
public final class ContactsCsv {

    public static final String FILE_NAME = "remediation-contacts.csv";
    public static final List<String> HEADER = List.of("priority", "customer_id", "subject_no", "province",
            "holder_name", "contact_name", "contact_mobile", "contact_email", "top_severity", "earliest_deadline",
            "finding_count", "rules", "actions");
    /** Between the rule codes, and between the actions, of one row. */
    private static final String LIST_SEPARATOR = ";";

    private ContactsCsv() {
    }

    public static void write(Path target, List<ContactRow> rows) throws IOException {
        CsvReport.write(target, HEADER, () -> rows.stream().map(r -> new String[] {
                Integer.toString(r.priority()), r.customerId(), r.subjectNo(), r.province(), r.holderName(),
                r.contactName(), r.contactMobile(), r.contactEmail(), r.topSeverity().name(),
                r.earliestDeadline() == null ? "" : r.earliestDeadline().toString(),
                Integer.toString(r.findingCount()),
                r.rules().stream().map(RuleCode::name).collect(Collectors.joining(LIST_SEPARATOR)),
                String.join(LIST_SEPARATOR, r.actions())}).iterator());
    }
}
