package cn.icpcheck.report;

import cn.icpcheck.input.ExportFile;
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
import java.util.List;

/** Writes a run's files into {@code OUTPUT/<run-date>/}, each whole or not at all. */
@Component
public class ReportWriter {

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
        RunSummary summary = RunSummary.of(state, findings, inputCounts(state, execution),
                Duration.between(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime(),
                        LocalDateTime.now()).toMillis());
        SummaryJson.write(state.job().reportDir().resolve(SummaryJson.FILE_NAME), summary);
    }

    private static java.util.Map<ExportFile, RunSummary.InputCount> inputCounts(RunState state, JobExecution execution) {
        java.util.Map<ExportFile, RunSummary.InputCount> counts = new java.util.EnumMap<>(ExportFile.class);
        for (ExportFile file : ExportFile.values()) {
            long read = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                if (NightlyComplianceJobConfig.readsFile(step.getStepName(), file)) {
                    read = step.getReadCount();
                }
            }
            counts.put(file, new RunSummary.InputCount(state.present(file), read, state.rejects().count(file)));
        }
        return counts;
    }
}
