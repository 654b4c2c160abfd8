package cn.icpcheck.job;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.OrderLine;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.RegisteredDomain;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.history.RecordedRun;
import cn.icpcheck.history.Trend;
import cn.icpcheck.history.TrendCalculator;
import cn.icpcheck.input.DomainIntake;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.input.ExportRowReader;
import cn.icpcheck.input.InstanceIntake;
import cn.icpcheck.input.IntakeProcessor;
import cn.icpcheck.input.IntakeReader;
import cn.icpcheck.input.OrderIntake;
import cn.icpcheck.input.RecordsWriter;
import cn.icpcheck.input.RowIntake;
import cn.icpcheck.input.ServiceIntake;
import cn.icpcheck.input.SubjectIntake;
import cn.icpcheck.input.TakenRow;
import cn.icpcheck.report.CheckedRun;
import cn.icpcheck.report.ReportWriter;
import cn.icpcheck.rules.FilingChecker;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleRegistry;
import cn.icpcheck.rules.WorkingCalendar;
import cn.icpcheck.triage.DecisionStore;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.ImportResult;
import cn.icpcheck.triage.NightlyTriage;
import cn.icpcheck.triage.StatusWords;
import cn.icpcheck.triage.TriageImport;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The nightly job: read and check the five export files, compare the findings with the last
 * completed run, write the reports, record the findings in the history, and write the summary last.
 * Flows run two at a time where nothing orders them: reading subjects.csv and orders.csv, domains.csv,
 * and instances.csv; then writing the workbook, recording the history, writing the contact list and
 * findings.csv.
 *
 * <p>The reading steps keep what they read in memory ({@link RunState}, job-scoped); a restarted
 * execution has to build that again, so they start again even when an earlier execution completed
 * them ({@code allowStartIfComplete}), and so does the comparison with the history. The report steps
 * write files, each whole or not at all, and recording the history replaces the run date's rows in
 * one transaction: a restart skips those that completed.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyComplianceJobConfig {

    public static final String JOB_NAME = "nightlyCompliance";
    /**
     * Rows per chunk: each chunk commits the step's bookkeeping, and the reading steps need no finer
     * restart points, since a restart reads every file again. Commits are cheap (500 rows per chunk
     * ran as fast); larger chunks keep more rows alive between reading and writing them: at 25,000
     * the garbage collector spent twice as long copying them.
     */
    static final int CHUNK = 5_000;
    /** The step that records the night in the history ({@link StateCheckpoint} follows its commit). */
    static final String RECORD_HISTORY = "recordHistory";
    /** The nights the morning view's charts show, this one included. */
    static final int MORNING_VIEW_NIGHTS = 30;

    @Bean
    Job nightlyCompliance(JobRepository repository, Step importTriage, Step readDomains, Step readInstances, Step checkSubjects,
                          Step readOrders, Step checkOrders, Step checkServices, Step checkSubjectServices,
                          Step checkExport, Step compareWithHistory, Step writeFindings, Step writeWorkbook,
                          Step listContacts, Step writeContacts, Step recordHistory, Step writeSummary,
                          FailedRunReports failedRuns,
                          RunFingerprint fingerprint, StateCheckpoint checkpoint) {
        TaskExecutor twoThreads = twoThreads();
        // Flows side by side on two threads; a third flow waits for the first thread free, so that it
        // follows whichever flow ends first: how long each step takes depends on the export.
        // domains.csv and instances.csv depend on nothing else, and are read while subjects.csv and
        // orders.csv are (at a million subjects domains.csv takes as long as subjects.csv, at three
        // million a fifth longer). The staff's files are imported in the third flow: nothing read
        // depends on them, and the findings meet their decisions only once all is read
        // (compareWithHistory); a returned workbook of many findings takes seconds to import, which
        // the first rows no longer wait for
        Flow reading = new FlowBuilder<SimpleFlow>("reading").split(twoThreads).add(
                new FlowBuilder<SimpleFlow>("subjectsAndOrders").start(checkSubjects).next(readOrders)
                        .next(checkOrders).build(),
                new FlowBuilder<SimpleFlow>("domains").start(readDomains).build(),
                new FlowBuilder<SimpleFlow>("triageAndInstances").start(importTriage).next(readInstances).build())
                .build();
        // the three reports are written from the same findings, each to its own file, and the history
        // records them meanwhile (a run counts as completed for later trends only once its job
        // completed). The workbook takes longest (at a million subjects 6-9 s, the history and the
        // contact list 4-5 s each, findings.csv 1 s): it starts first, beside the history; the contact
        // list, which writes its CSV file and its workbook side by side, takes the first thread free,
        // and findings.csv the next. The contact list's rows are made first in the workbook's flow
        // (listContacts): the history and the contact list together take longer than the workbook
        Flow reports = new FlowBuilder<SimpleFlow>("reports").split(twoThreads).add(
                new FlowBuilder<SimpleFlow>("workbook").start(listContacts).next(writeWorkbook).build(),
                new FlowBuilder<SimpleFlow>("history").start(recordHistory).build(),
                new FlowBuilder<SimpleFlow>("contacts").start(writeContacts).build(),
                new FlowBuilder<SimpleFlow>("findings").start(writeFindings).build())
                .build();
        return new JobBuilder(JOB_NAME, repository)
                .start(reading)
                .next(checkServices)
                .next(checkExport)
                .next(checkSubjectServices)
                .next(compareWithHistory)
                .next(reports)
                .next(writeSummary)
                .end()
                .listener(fingerprint)
                .listener(checkpoint)
                .listener(failedRuns)
                .build();
    }

    /**
     * The threads the flows of a split run on: two, as many as the cores the job is sized for. A
     * split of more flows hands the next one to the first thread free (the executor holds it back
     * until then).
     */
    private static TaskExecutor twoThreads() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("icp-");
        executor.setConcurrencyLimit(2);
        executor.setTaskDecorator(new JobScopeTaskDecorator());
        return executor;
    }

    @Bean
    @JobScope
    RunState runState(@Value("#{jobParameters['" + JobParameterNames.RUN_DATE + "']}") LocalDate runDate,
                      @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
                      @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
                      @Value("#{jobParameters['" + JobParameterNames.CONFIG + "']}") String config,
                      @Value("#{jobParameters['" + JobParameterNames.PROVINCES + "']}") String provinces,
                      @Value("#{jobParameters['" + JobParameterNames.HOLIDAYS + "']}") String holidays,
                      @Value("#{jobParameters['" + JobParameterNames.LANG + "']}") String lang,
                      @Value("#{jobParameters['" + JobParameterNames.INPUT_CHARSET + "']}") String charset,
                      @Value("#{jobParameters['" + JobParameterNames.MAX_REJECTS + "']}") Long maxRejects,
                      @Value("#{jobParameters['" + JobParameterNames.MAX_SHRINK + "']}") Long maxShrink,
                      @Value("#{jobParameters['" + JobParameterNames.TRIAGE_INBOX + "']}") String inbox,
                      RuleRegistry registry, MessageSource messageSource, RunFingerprint fingerprint) {
        ExportFolder folder = new ExportFolder(Path.of(input), Charset.forName(charset));
        var settings = ComplianceConfig.load(Path.of(config));
        Messages messages = new Messages(messageSource, Locale.forLanguageTag(lang));
        var job = new RunState.JobSettings(runDate, folder, Path.of(output).resolve(runDate.toString()), settings,
                ProvinceTable.load(Path.of(provinces)), WorkingCalendar.load(Path.of(holidays)), messages,
                maxRejects.intValue(), maxShrink == null ? 20 : maxShrink.intValue(),
                NightlyCommand.version(),
                Path.of(inbox == null ? "triage-inbox" : inbox), ComplianceConfig.waivers(Path.of(config)));
        var present = folder.preflight();
        return new RunState(job, present, registry.select(settings, present), messages, fingerprint);
    }

    // ---- reading and checking ------------------------------------------------------------

    @Bean
    Step readDomains(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return readingStep(ExportFile.DOMAINS, repository, tm, state,
                s -> new DomainIntake(s.domains()), (ItemWriter<RegisteredDomain>) chunk -> { });
    }

    @Bean
    Step readInstances(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return readingStep(ExportFile.INSTANCES, repository, tm, state,
                s -> new InstanceIntake(s.instances()), (ItemWriter<CloudInstance>) chunk -> { });
    }

    @Bean
    Step checkSubjects(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return readingStep(ExportFile.SUBJECTS, repository, tm, state,
                s -> new SubjectIntake(s.job().provinces(), s.subjects()),
                (ItemWriter<Subject>) chunk -> {
                    FilingChecker checker = state.checker();
                    chunk.forEach(checker::checkSubject);
                });
    }

    @Bean
    Step readOrders(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return readingStep(ExportFile.ORDERS, repository, tm, state,
                s -> new OrderIntake(s.subjects(), s.orders()), (ItemWriter<OrderLine>) chunk -> { });
    }

    @Bean
    Step checkOrders(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return rerunOnRestart("checkOrders", repository, tm,
                execution -> state.checker().checkOrders(state.orders(), state.subjects()));
    }

    @Bean
    Step checkServices(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        ServiceChecks checks = new ServiceChecks(() -> {
            FilingChecker checker = state.checker();
            return accepted -> checker.checkService(accepted.service(), accepted.subject());
        });
        return readingStep(ExportFile.SERVICES, repository, tm, state,
                s -> new ServiceIntake(s.subjects()), checks, checks::inputEnded);
    }

    /** Fails the run when the export that was read is not whole ({@link ExportCheck}). */
    @Bean
    Step checkExport(JobRepository repository, PlatformTransactionManager tm, RunState state, FindingHistory history) {
        return rerunOnRestart("checkExport", repository, tm,
                execution -> ExportCheck.verify(state, execution, history, repository));
    }

    @Bean
    FailedRunReports failedRunReports(RunState state, ReportWriter reports) {
        return new FailedRunReports(state, reports);
    }

    @Bean
    Step checkSubjectServices(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return rerunOnRestart("checkSubjectServices", repository, tm, execution -> {
            state.checker().checkSubjectsAfterServices(state.subjects());
            state.checksDone();
        });
    }

    private <T> Step readingStep(ExportFile file, JobRepository repository,
                                 PlatformTransactionManager tm, RunState state,
                                 Function<RunState, RowIntake<T>> intake, ItemWriter<T> writer) {
        return readingStep(file, repository, tm, state, intake, writer, () -> { });
    }

    /**
     * A reading step whose writer works behind the reader: {@code atEnd} runs when the reader finds
     * the end of the file ({@link ExportRowReader#setAtEnd}). A writer that is an {@code ItemStream}
     * is opened and closed with the step.
     */
    private <T> Step readingStep(ExportFile file, JobRepository repository,
                                 PlatformTransactionManager tm, RunState state,
                                 Function<RunState, RowIntake<T>> intake, ItemWriter<T> writer, Runnable atEnd) {
        // one reader per step, not a step-scoped proxy (which looked up the step's bean on every row,
        // some 5-8 % of reading a file): each execution's open finds its run's file through the
        // job-scoped state
        ExportRowReader reader = new ExportRowReader(file, () -> new ExportRowReader.Source(
                state.job().folder().path(file), state.job().folder().charset(), state.present(file)));
        // the rows feed in-memory registries that a restart rebuilds: always read from the start
        reader.setSaveState(false);
        // services.csv is read while nothing else runs, and instances.csv for its last seconds alone
        // (at a million subjects 3-4 s, at three million 10-11 s, with a core idle): splitting their
        // CSV on another thread pays (the instances' step 15 % shorter at a million, 28 % at three
        // million). subjects.csv and domains.csv are read two at a time, which keeps both cores busy
        reader.setReadAhead(file == ExportFile.SERVICES || file == ExportFile.INSTANCES);
        reader.setAtEnd(atEnd);
        // each row is taken in as it is read: a chunk keeps the records, not the rows' cells; the
        // items are batches of rows, and the reader sets the step's counts to rows when it ends
        IntakeReader<T> intakeReader = new IntakeReader<>(reader, () -> intake.apply(state));
        return new StepBuilder(ReadingSteps.name(file), repository)
                .<List<TakenRow<T>>, List<T>>chunk(CHUNK / IntakeReader.ROWS_PER_ITEM)
                .transactionManager(tm)
                .reader(intakeReader)
                .processor(new IntakeProcessor<T>(state::rejects))
                .writer(new RecordsWriter<>(writer))
                .listener(intakeReader)
                .listener(new ReadingProgressLog(intakeReader, ReadingProgressLog.INTERVAL, System::nanoTime))
                .allowStartIfComplete(true)
                .build();
    }

    /** What a tasklet step does, given the job execution it runs in. */
    @FunctionalInterface
    interface StepWork {
        void run(JobExecution execution) throws Exception;
    }

    /** A step that a restarted execution runs again: what it builds lives in memory only. */
    private static Step rerunOnRestart(String name, JobRepository repository, PlatformTransactionManager tm,
                                       StepWork work) {
        return tasklet(name, repository, tm, work).allowStartIfComplete(true).build();
    }

    /** A step whose result is kept (a file, the history): once it completed, a restart skips it. */
    private static Step onceDone(String name, JobRepository repository, PlatformTransactionManager tm,
                                 StepWork work) {
        return tasklet(name, repository, tm, work).build();
    }

    /**
     * A report step: once it completed, a restart skips it; the state database's checkpoint may start
     * beside its work ({@link StateCheckpoint}).
     */
    private static Step report(String name, JobRepository repository, PlatformTransactionManager tm,
                               StateCheckpoint checkpoint, StepWork work) {
        return tasklet(name, repository, tm, execution -> {
            checkpoint.besideReport(execution);
            work.run(execution);
        }).build();
    }

    private static TaskletStepBuilder tasklet(String name, JobRepository repository, PlatformTransactionManager tm,
                                              StepWork work) {
        return new StepBuilder(name, repository).tasklet((contribution, chunkContext) -> {
            work.run(chunkContext.getStepContext().getStepExecution().getJobExecution());
            return RepeatStatus.FINISHED;
        }, tm);
    }

    // ---- history and reports -----------------------------------------------------------------

    /**
     * Imports the staff's files from the inbox, once per run date (triage.md): its decisions and the
     * moves are recorded, so a restart after it imports nothing again.
     */
    @Bean
    Step importTriage(JobRepository repository, PlatformTransactionManager tm, RunState state,
                      DecisionStore decisions, MessageSource messageSource, ObjectProvider<TriageImport.Probe> probe) {
        return onceDone("importTriage", repository, tm, execution -> new TriageImport(decisions,
                statusWords(messageSource), state.job().waivers(), state.runDate(),
                probe.getIfAvailable(() -> TriageImport.Probe.NONE))
                .run(state.job().triageInbox(), execution.getId()));
    }

    /** A status in the staff's words, in either language. */
    static StatusWords statusWords(MessageSource messages) {
        return new StatusWords(status -> List.of(
                messages.getMessage(status.messageKey(), null, Locale.CHINESE),
                messages.getMessage(status.messageKey(), null, Locale.ENGLISH)));
    }

    /** The trend since the last completed run, and the staff's decisions as they stand for the run date. */
    @Bean
    Step compareWithHistory(JobRepository repository, PlatformTransactionManager tm, RunState state,
                            TrendCalculator trends, DecisionStore decisions) {
        return rerunOnRestart("compareWithHistory", repository, tm, execution -> {
            // the trend reads the last completed night back from the history (1-1.8 s at a million
            // subjects) on a thread of its own, while this one sorts the findings and works out their
            // ids (0.6 s), as nothing else runs meanwhile; the trend needs only the findings' keys, in
            // any order. What it needs of the run's job-scoped state is taken here
            LocalDate runDate = state.runDate();
            List<Finding> asFound = state.findings().asFound();
            Aside<Trend> trend = Aside.start("icp-trend-", () -> trends.compare(runDate, asFound));
            List<Finding> sorted = state.findings().sorted();
            // a SHA-256 each, on every core, in the findings' order
            List<String> ids = sorted.parallelStream().map(f -> FindingId.of(f.key())).toList();
            state.setTrend(trend.take());
            state.setNights(trends.completedNightsBefore(runDate, MORNING_VIEW_NIGHTS - 1));
            state.setTriage(NightlyTriage.of(runDate, sorted, ids, state.trend().firstSeen(), decisions.asOf(runDate)),
                    new ImportResult(decisions.files(runDate), decisions.outcomes(runDate)));
        });
    }

    @Bean
    Step recordHistory(JobRepository repository, PlatformTransactionManager tm, RunState state,
                       FindingHistory history, StateStore store) {
        return onceDone(RECORD_HISTORY, repository, tm, execution -> {
            store.logOffForTheRun();
            long attempt = execution.getJobParameters().getLong(JobParameterNames.ATTEMPT);
            RecordedRun run = RecordedRun.of(state.runDate(), attempt, execution.getId(), state.trend(),
                    state.rejects().total());
            history.record(run, state.findings().sorted(), state.trend(),
                    state.triage().stream().map(FindingTriage::id).toList());
        });
    }

    @Bean
    Step writeFindings(JobRepository repository, PlatformTransactionManager tm, RunState state, ReportWriter reports,
                       StateCheckpoint checkpoint) {
        return report("writeFindings", repository, tm, checkpoint, execution -> reports.writeFindingsAndRejects(state.result(execution)));
    }

    @Bean
    Step writeWorkbook(JobRepository repository, PlatformTransactionManager tm, RunState state, ReportWriter reports,
                       StateCheckpoint checkpoint) {
        return report("writeWorkbook", repository, tm, checkpoint, execution -> reports.writeWorkbook(state.result(execution)));
    }

    /**
     * Makes the contact list's rows ahead of {@code writeContacts}, on the thread of the workbook's
     * flow, which ends first otherwise ({@link RunState#contacts}). Nothing needs what it makes:
     * {@code writeContacts} makes the rows itself when they are not there, so a restart skips this
     * step once it completed.
     */
    @Bean
    Step listContacts(JobRepository repository, PlatformTransactionManager tm, RunState state) {
        return onceDone("listContacts", repository, tm, execution -> state.contacts(state.result(execution)));
    }

    @Bean
    Step writeContacts(JobRepository repository, PlatformTransactionManager tm, RunState state, ReportWriter reports,
                       StateCheckpoint checkpoint) {
        return report("writeContacts", repository, tm, checkpoint, execution -> {
            CheckedRun run = state.result(execution);
            reports.writeContacts(run, state.contacts(run));
            state.contactsWritten();
        });
    }

    @Bean
    Step writeSummary(JobRepository repository, PlatformTransactionManager tm, RunState state, ReportWriter reports) {
        return rerunOnRestart("writeSummary", repository, tm, execution -> reports.writeSummary(state.result(execution),
                state.about(execution), RunState.durationMs(execution)));
    }
}
