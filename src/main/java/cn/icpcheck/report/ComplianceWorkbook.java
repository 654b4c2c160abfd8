package cn.icpcheck.report;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.rules.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * compliance-report.xlsx, the workbook the compliance staff work from (outputs.md): a summary
 * sheet, one sheet per family that has findings, the findings resolved since the last completed
 * run, and the rejected rows. Streamed, so that a million findings pass through in little memory.
 */
public final class ComplianceWorkbook {

    public static final String FILE_NAME = "compliance-report.xlsx";
    /** The most rows an Excel sheet holds, header included. */
    public static final int EXCEL_ROW_LIMIT = 1_048_576;

    private final Messages messages;
    private final ProvinceTable provinces;
    private final int rowLimit;

    public ComplianceWorkbook(Messages messages, ProvinceTable provinces) {
        this(messages, provinces, EXCEL_ROW_LIMIT);
    }

    /** @param rowLimit the most rows per sheet, header included: a family with more continues on another sheet */
    public ComplianceWorkbook(Messages messages, ProvinceTable provinces, int rowLimit) {
        if (rowLimit < 2 || rowLimit > EXCEL_ROW_LIMIT) {
            throw new IllegalArgumentException("a sheet holds 2 to " + EXCEL_ROW_LIMIT + " rows, not " + rowLimit);
        }
        this.messages = messages;
        this.provinces = provinces;
        this.rowLimit = rowLimit;
    }

    /** Writes the workbook to a file, whole or not at all. */
    public void write(Path target, WorkbookContent content) throws IOException {
        AtomicFile.write(target, out -> write(out, content));
    }

    void write(OutputStream out, WorkbookContent content) throws IOException {
        WorkbookLabels labels = new WorkbookLabels(messages, provinces);
        StreamedWorkbook.write(out, labels, labels.get("summary.title") + "  " + content.runDate(), rowLimit,
                regular -> new SummarySheet(regular).write(content), ctx -> {
            new FindingSheets(ctx, content.runDate()).write(content.findings(), content.triage());
            new ResolvedSheet(ctx).write(content.trend().resolved());
            new RejectsSheet(ctx).write(content.rejects());
        });
    }
}
