package cn.icpcheck.report;

import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    /** @param rows the run's contact list ({@link RemediationContacts#of}) */
    public void writeContacts(CheckedRun run, List<ContactRow> rows) throws IOException {
        Path dir = run.reportDir();
        // the CSV file on a thread of its own, beside the workbook: the job writes the contact list
        // once the other reports are nearly done, so a core would otherwise wait
        FutureTask<Void> csv = new FutureTask<>(() -> {
            ContactsCsv.write(dir.resolve(ContactsCsv.FILE_NAME), rows);
            return null;
        });
        Thread csvThread = new Thread(csv, "icp-contacts-csv");
        csvThread.start();
        try {
            new ContactsWorkbook(run.messages(), run.provinces())
                    .write(dir.resolve(ContactsWorkbook.FILE_NAME), run.runDate(), rows);
        } finally {
            // a file is written whole or not at all (AtomicFile), so the CSV file may finish even when
            // the workbook failed
            try {
                csvThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        rethrowFailureOf(csv);
    }

    /** The CSV file's failure, if it failed; an interrupted wait for it as an I/O failure. */
    private static void rethrowFailureOf(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the contact list");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            // an unchecked exception or an error as it was thrown, anything else wrapped
            ReflectionUtils.rethrowRuntimeException(e.getCause());
        }
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
