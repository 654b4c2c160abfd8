package cn.icpcheck.report;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.rules.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static cn.icpcheck.report.ReportTable.Column;

/**
 * remediation-contacts.xlsx: the rows of remediation-contacts.csv as a sheet for people, with
 * headers and severities in the run's language, and each row's issues and actions one per line
 * (line n of the actions is what to do about issue n).
 */
public final class ContactsWorkbook {

    public static final String FILE_NAME = "remediation-contacts.xlsx";

    private final Messages messages;
    private final ProvinceTable provinces;

    public ContactsWorkbook(Messages messages, ProvinceTable provinces) {
        this.messages = messages;
        this.provinces = provinces;
    }

    /** Writes the workbook to a file, whole or not at all. */
    public void write(Path target, LocalDate runDate, List<ContactRow> rows) throws IOException {
        AtomicFile.write(target, out -> write(out, runDate, rows));
    }

    void write(OutputStream out, LocalDate runDate, List<ContactRow> rows) throws IOException {
        WorkbookLabels l = new WorkbookLabels(messages, provinces);
        StreamedWorkbook.write(out, l, l.get("contacts.title") + "  " + runDate,
                ComplianceWorkbook.EXCEL_ROW_LIMIT, ctx -> {
                    ReportTable table = new ReportTable(ctx, l.get("sheet.contacts"), List.of(
                            new Column(l.get("column.priority"), 8),
                            new Column(l.get("column.customer"), 18),
                            new Column(l.get("column.subject_no"), 21),
                            new Column(l.get("column.province"), 10),
                            new Column(l.get("column.holder_name"), 24),
                            new Column(l.get("column.contact_name"), 10),
                            new Column(l.get("column.contact_mobile"), 14),
                            new Column(l.get("column.contact_email"), 24),
                            new Column(l.get("column.top_severity"), 10),
                            new Column(l.get("column.earliest_deadline"), 12),
                            new Column(l.get("column.finding_count"), 8),
                            new Column(l.get("column.rules"), 24),
                            new Column(l.get("column.actions"), 44)));
                    for (ContactRow r : rows) {
                        table.row()
                                .count(r.priority())
                                .text(r.customerId())
                                .text(r.subjectNo())
                                .wrapped(l.province(r.province()))
                                .wrapped(r.holderName())
                                .text(r.contactName())
                                .text(r.contactMobile())
                                .wrapped(r.contactEmail())
                                .severity(r.topSeverity(), l.severity(r.topSeverity()))
                                .date(r.earliestDeadline())
                                .count(r.findingCount())
                                .wrapped(r.rules().stream().map(l::ruleTitle).collect(Collectors.joining("\n")))
                                .wrapped(String.join("\n", r.actions()));
                    }
                    table.finish();
                });
    }
}
