package cn.icpcheck.report;

import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.job.NightlyComplianceJobConfig;
import cn.icpcheck.job.RunState;
import cn.icpcheck.rules.Finding;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes a run's files into {@code OUTPUT/<run-date>/}, each whole or not at all. */
@Component
public class ReportWriter {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public void writeFindingsAndRejects(RunState state) throws IOException {
        Path dir = state.job().reportDir();
        FindingsCsv.write(dir.resolve(FindingsCsv.FILE_NAME), state.runDate(), state.findings().sorted(),
                state.messages());
        RejectsCsv.write(dir.resolve(RejectsCsv.FILE_NAME), state.rejects().all());
    }

    public void writeWorkbook(RunState state, JobExecution execution) throws IOException {
        WorkbookContent content = new WorkbookContent(state.runDate(), inputCounts(state, execution),
                state.rules().skipped(), state.findings().sorted(), state.trend(), state.rejects().all());
        new ComplianceWorkbook(state.messages(), state.job().provinces())
                .write(state.job().reportDir().resolve(ComplianceWorkbook.FILE_NAME), content);
    }

    public void writeContacts(RunState state) throws IOException {
        Path dir = state.job().reportDir();
        List<ContactRow> rows = RemediationContacts.of(state.findings().sorted(), state.subjects()::find,
                state.messages());
        ContactsCsv.write(dir.resolve(ContactsCsv.FILE_NAME), rows);
        new ContactsWorkbook(state.messages(), state.job().provinces())
                .write(dir.resolve(ContactsWorkbook.FILE_NAME), state.runDate(), rows);
    }

    public void writeSummary(RunState state, JobExecution execution) throws IOException {
        List<Finding> findings = state.findings().sorted();
        RunSummary summary = RunSummary.completed(state.runDate().toString(), about(state, execution),
                inputCounts(state, execution), state.rules().skipped(), findings, state.rejects().total(),
                state.trend(), durationMs(execution));
        SummaryJson.write(state.job().reportDir().resolve(SummaryJson.FILE_NAME), summary);
    }

    /**
     * What a run that failed still writes (operations.md): rejects.csv, so that the data owners can
     * mend the export, and summary.json with the failure; no findings, workbook or contact list.
     */
    public void writeFailed(RunState state, JobExecution execution, String failure) throws IOException {
        Path dir = state.job().reportDir();
        RejectsCsv.write(dir.resolve(RejectsCsv.FILE_NAME), state.rejects().all());
        RunSummary summary = RunSummary.failed(state.runDate().toString(), failure, about(state, execution),
                inputCounts(state, execution), state.rules().skipped(), state.rejects().total(), durationMs(execution));
        SummaryJson.write(dir.resolve(SummaryJson.FILE_NAME), summary);
    }

    private static long durationMs(JobExecution execution) {
        return Duration.between(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime(),
                LocalDateTime.now()).toMillis();
    }

    private static RunSummary.About about(RunState state, JobExecution execution) {
        LocalDateTime started = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
        return new RunSummary.About(state.job().version(), china(started), china(LocalDateTime.now()),
                state.job().folder().dir().toAbsolutePath().toString());
    }

    /** Spring Batch's times are local to this machine; summary.json gives them in Asia/Shanghai. */
    private static OffsetDateTime china(LocalDateTime local) {
        return local.atZone(ZoneId.systemDefault()).withZoneSameInstant(CHINA).toOffsetDateTime();
    }

    private static Map<ExportFile, RunSummary.InputCount> inputCounts(RunState state, JobExecution execution) {
        Map<ExportFile, RunSummary.InputCount> counts = new EnumMap<>(ExportFile.class);
        for (ExportFile file : ExportFile.values()) {
            long read = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                if (NightlyComplianceJobConfig.readsFile(step.getStepName(), file)) {
                    read = step.getReadCount();
                }
            }
            ExportFingerprint.Entry print = state.job().fingerprint() == null ? null
                    : state.job().fingerprint().entry(file);
            counts.put(file, new RunSummary.InputCount(state.present(file), read, state.rejects().count(file),
                    state.rejects().linesLost(file), print == null ? 0 : print.bytes(),
                    print == null ? null : print.sha256()));
        }
        return counts;
    }
}
