package cn.icpcheck.report;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.rules.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
                    ReportTable table = new ReportTable(ctx, l.get("sheet.contacts"),
                            ContactsCsv.COLUMNS.sheetColumns(l), new ReportTable.DropDown(
                                    ContactsCsv.COLUMNS.sheetIndex(ContactsCsv.CONTACT_STATUS_KEY),
                                    l.contactStatuses(),
                                    l.get("status.prompt")));
                    for (ContactRow r : rows) {
                        ContactsCsv.COLUMNS.writeCells(table.row(), r, l);
                    }
                    table.finish();
                });
    }
}
