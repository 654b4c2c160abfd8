package cn.icpcheck.report;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a run's files into {@code OUTPUT/<run-date>/}, each whole or not at all, from the result of its checks. */
@Component
public class ReportWriter {

    public void writeFindingsAndRejects(CheckedRun run) throws IOException {
        Path dir = run.reportDir();
        FindingsCsv.write(dir.resolve(FindingsCsv.FILE_NAME), run);
        RejectsCsv.write(dir.resolve(RejectsCsv.FILE_NAME), run.rejects());
        TriageImportCsv.write(dir.resolve(TriageImportCsv.FILE_NAME), run.triageImport().outcomes());
    }

    public void writeWorkbook(CheckedRun run) throws IOException {
        WorkbookContent content = new WorkbookContent(run.runDate(), run.inputs(), run.skippedRules(),
                run.findings(), run.triage(), run.trend(), run.rejects(), run.nights());
        new ComplianceWorkbook(run.messages(), run.provinces())
                .write(run.reportDir().resolve(ComplianceWorkbook.FILE_NAME), content);
    }

    public void writeContacts(CheckedRun run) throws IOException {
        Path dir = run.reportDir();
        List<ContactRow> rows = RemediationContacts.of(run.findings(), run.triage(), run.subjects(), run.messages());
        ContactsCsv.write(dir.resolve(ContactsCsv.FILE_NAME), rows);
        new ContactsWorkbook(run.messages(), run.provinces())
                .write(dir.resolve(ContactsWorkbook.FILE_NAME), run.runDate(), rows);
    }

    /** @param durationMs how long the run has taken so far */
    public void writeSummary(CheckedRun run, RunSummary.About about, long durationMs) throws IOException {
        SummaryJson.write(run.reportDir().resolve(SummaryJson.FILE_NAME), RunSummary.of(run, about, durationMs));
    }

    /**
     * What a run that failed still writes (operations.md): rejects.csv, so that the data owners can
     * mend the export, and summary.json with the failure; no findings, workbook or contact list.
     */
    public void writeFailed(CheckedRun run, String failure, RunSummary.About about, long durationMs)
            throws IOException {
        RejectsCsv.write(run.reportDir().resolve(RejectsCsv.FILE_NAME), run.rejects());
        SummaryJson.write(run.reportDir().resolve(SummaryJson.FILE_NAME),
                RunSummary.failed(run, failure, about, durationMs));
    }
}
