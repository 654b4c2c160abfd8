package cn.icpcheck.job;

import cn.icpcheck.filing.DomainRegistry;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.OrderBook;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.SubjectRegistry;
import cn.icpcheck.history.Night;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.input.RejectLog;
import cn.icpcheck.report.CheckedRun;
import cn.icpcheck.report.ContactRow;
import cn.icpcheck.report.RemediationContacts;
import cn.icpcheck.report.RunSummary;
import cn.icpcheck.rules.CheckSettings;
import cn.icpcheck.rules.FilingChecker;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingCollector;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleContext;
import cn.icpcheck.rules.RuleSet;
import cn.icpcheck.rules.WorkingCalendar;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.ImportResult;
import cn.icpcheck.triage.WaiverPolicy;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one job execution holds in memory: what was read (the registries, built again by a
 * restarted execution), the rejects and the findings. Job-scoped: each execution has its own.
 */
public class RunState {

    private final JobSettings job;
    private final Set<ExportFile> presentFiles;
    private final DomainRegistry domains = new DomainRegistry();
    private final InstanceInventory instances = new InstanceInventory();
    private final SubjectRegistry subjects = new SubjectRegistry();
    private final OrderBook orders = new OrderBook();
    private final RejectLog rejects;
    private final FindingCollector findings = new FindingCollector();
    private final RuleSet rules;
    private final FilingChecker checker;
    private Trend trend;
    private List<FindingTriage> triage;
    private ImportResult triageImport = ImportResult.NONE;
    private List<Night> nights = List.of();
    /** The contact list's rows once made (by the first report step to ask), until written. */
    private List<ContactRow> contacts;
    private final RunFingerprint fingerprint;

    RunState(JobSettings job, Set<ExportFile> presentFiles, RuleSet rules, Messages messages,
             RunFingerprint fingerprint) {
        this.job = job;
        this.fingerprint = fingerprint;
        this.presentFiles = Set.copyOf(presentFiles);
        this.rejects = new RejectLog(job.maxRejects());
        this.rules = rules;
        RuleContext ctx = new RuleContext(job.runDate(), job.settings(), job.calendar(), domains, instances, orders,
                messages, findings);
        this.checker = new FilingChecker(rules, ctx);
    }

    /**
     * The run's fixed inputs, read once when the execution starts.
     *
     * @param maxShrink   {@code --max-shrink}: the percent a required file may shrink by against the last completed run
     * @param version     the checker's version, for summary.json
     */
    public record JobSettings(LocalDate runDate, ExportFolder folder, Path reportDir, CheckSettings settings,
                              ProvinceTable provinces, WorkingCalendar calendar, Messages messages,
                              int maxRejects, int maxShrink, String version,
                              Path triageInbox, WaiverPolicy waivers) {
    }

    public JobSettings job() {
        return job;
    }

    public LocalDate runDate() {
        return job.runDate();
    }

    public Messages messages() {
        return job.messages();
    }

    public boolean present(ExportFile file) {
        return presentFiles.contains(file);
    }

    public DomainRegistry domains() {
        return domains;
    }

    public InstanceInventory instances() {
        return instances;
    }

    public SubjectRegistry subjects() {
        return subjects;
    }

    public OrderBook orders() {
        return orders;
    }

    /**
     * The checks are done: what only they needed (the domains, the instances, the service numbers)
     * is let go, so that the reports have the heap. The subjects stay, for the contact list.
     */
    public void checksDone() {
        domains.release();
        instances.release();
        subjects.releaseServices();
    }

    public RejectLog rejects() {
        return rejects;
    }

    public FindingCollector findings() {
        return findings;
    }

    public RuleSet rules() {
        return rules;
    }

    public FilingChecker checker() {
        return checker;
    }

    /**
     * This run against the last completed run, as the history set it; until it is set, as if there
     * were no earlier completed run: every finding new, first seen today.
     */
    public Trend trend() {
        if (trend != null) {
            return trend;
        }
        Map<FindingKey, LocalDate> firstSeen = new HashMap<>();
        for (Finding finding : findings.sorted()) {
            firstSeen.put(finding.key(), runDate());
        }
        return Trend.firstRun(firstSeen);
    }

    public void setTrend(Trend trend) {
        this.trend = trend;
    }

    /** The completed nights before this one, for the morning view's charts. */
    public void setNights(List<Night> nights) {
        this.nights = List.copyOf(nights);
    }

    /** What ran, on what, and when, for summary.json: times in Asia/Shanghai, the end being now. */
    public RunSummary.About about(JobExecution execution) {
        LocalDateTime started = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
        return new RunSummary.About(job.version(), china(started), china(LocalDateTime.now()),
                job.folder().dir().toAbsolutePath().toString());
    }

    /** How long the execution has taken so far. */
    public static long durationMs(JobExecution execution) {
        return Duration.between(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime(),
                LocalDateTime.now()).toMillis();
    }

    /** Spring Batch's times are local to this machine. */
    private static OffsetDateTime china(LocalDateTime local) {
        return local.atZone(ZoneId.systemDefault()).withZoneSameInstant(RunOptions.CHINA).toOffsetDateTime();
    }

    /** What the checks found, for the reports; the rows read per file come from the reading steps of the execution. */
    public CheckedRun result(JobExecution execution) {
        Map<ExportFile, RunSummary.InputCount> inputs = new EnumMap<>(ExportFile.class);
        ExportFingerprint export = fingerprint.of(execution);
        for (ExportFile file : ExportFile.values()) {
            String step = ReadingSteps.name(file);
            long read = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step))
                    .mapToLong(StepExecution::getReadCount).reduce((first, second) -> second).orElse(0);
            ExportFingerprint.Entry print = export == null ? null : export.entry(file);
            inputs.put(file, new RunSummary.InputCount(present(file), read, rejects.count(file),
                    rejects.linesLost(file), print == null ? 0 : print.bytes(), print == null ? null : print.sha256()));
        }
        return new CheckedRun(runDate(), job.reportDir(), messages(), job.provinces(), inputs, rules.skipped(),
                findings.sorted(), triage(), triageImport, rejects.all(), trend(), nights, subjects);
    }

    /**
     * The contact list's rows, made once by whichever report step asks first: {@code listContacts}
     * makes them in the workbook's flow, so that the flow of the history and the contact list, the
     * longer of the two, has them ready (at three million subjects the two threads then end within a
     * second, not five). A step that asks while they are being made waits for them.
     */
    public synchronized List<ContactRow> contacts(CheckedRun run) {
        if (contacts == null) {
            contacts = RemediationContacts.of(run.findings(), run.triage(), run.subjects(), run.messages());
        }
        return contacts;
    }

    /** Lets the contact list's rows go once the list is written. */
    public synchronized void contactsWritten() {
        contacts = null;
    }

    /**
     * Per finding, in report order: its id, the staff's decision and when it was first seen, as the
     * triage set them; until they are set, every finding pending and first seen today, as
     * {@link #trend()} has it until then.
     */
    public List<FindingTriage> triage() {
        if (triage == null) {
            List<Finding> sorted = findings.sorted();
            List<FindingTriage> pending = new ArrayList<>(sorted.size());
            for (Finding f : sorted) {
                pending.add(new FindingTriage(FindingId.of(f.key()), Decision.NONE, null, false, runDate()));
            }
            triage = List.copyOf(pending);
        }
        return triage;
    }

    public void setTriage(List<FindingTriage> triage, ImportResult triageImport) {
        this.triage = triage;
        this.triageImport = triageImport;
    }
}
