package cn.icpcheck.job;

import cn.icpcheck.IcpComplianceApplication;
import cn.icpcheck.testing.AgainstUnbrokenRuns;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.PausedProcess;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.StepFault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that failed or was killed is restarted by the same command and writes exactly what an
 * unbroken run writes; on the embedded database and on PostgreSQL. Each case runs day 1 unbroken,
 * then breaks day 2, so the restart also compares with the history and records into it.
 */
class NightlyRestartTest extends AgainstUnbrokenRuns {

    /** Every step of the job, in order. */
    static final List<String> STEPS = List.of("importTriage", "readDomains", "readInstances", "checkSubjects",
            "readOrders", "checkOrders", "checkServices", "checkExport", "checkSubjectServices", "compareWithHistory",
            "writeFindings",
            "listContacts", "writeWorkbook", "writeContacts", "recordHistory", "writeSummary");


    @Test
    void theFailuresCoverEveryStep() {
        // two flows run side by side, so the steps start in no fixed order
        assertThat(unbroken.steps()).containsExactlyInAnyOrderElementsOf(STEPS);
    }

    static Stream<Arguments> failureInEveryStep() {
        return Arrays.stream(Platform.values()).flatMap(p -> STEPS.stream().map(step -> Arguments.of(p, step)));
    }

    @ParameterizedTest(name = "{0}: failure in {1}")
    @MethodSource("failureInEveryStep")
    void aRunThatFailedInAnyStepIsRestartedByTheSameCommand(Platform platform, String step, CapturedOutput output)
            throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();

            StepFault.failOnce(step);
            assertThat(command.run(unbroken.input(DAY_2), DAY_2, StepFault.SOURCE_ARGUMENT)).isEqualTo(ExitCodes.FAILED);
            assertThat(output.getErr()).contains("the run failed", "injected failure in step " + step);
            assertThat(command.run(unbroken.input(DAY_2), DAY_2, StepFault.SOURCE_ARGUMENT)).isZero();

            unbroken.assertSameOutputs(command, DAY_1);
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    /**
     * Killed twice, in a reading step and then while writing the reports: each time the next run
     * of the same command finds the execution still marked as running, and carries on.
     */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void aKilledRunIsRestartedByTheSameCommand(Platform platform, CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            String[] day2 = command.args(unbroken.input(DAY_2), DAY_2);

            try (PausedProcess run = PausedProcess.start("checkServices", dir.resolve("kill-1"), day2)) {
                run.kill();
            }
            try (PausedProcess run = PausedProcess.start("writeFindings", dir.resolve("kill-2"), day2)) {
                assertThat(run.output()).contains("was interrupted");
                run.kill();
            }
            assertThat(NightlyCommand.run(day2)).isZero();
            assertThat(output).contains("was interrupted");

            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    /**
     * The embedded database's log is off from the night's history on ({@link StateStore#logOffForTheRun}):
     * a run killed once its history committed, before anything wrote the database out, finds it as it was
     * before the history, whole; the restart records the history again and writes what an unbroken run
     * writes. A completed run leaves the log on.
     */
    @Test
    void aRunKilledOnceItsHistoryCommittedIsTakenBackToBeforeItAndRecordsItAgain() throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            assertThat(logData(database)).as("the log after a completed run").isEqualTo("true");
            // the runs open the database in files of their own: this test's copy is closed before each
            database.jdbc().execute("SHUTDOWN");
            String[] day2 = command.args(unbroken.input(DAY_2), DAY_2);

            // paused after the history's step committed its work, then killed
            try (PausedProcess run = PausedProcess.start("recordHistory", dir.resolve("kill"), day2)) {
                run.kill();
            }
            // as the checkpoint made before the history left it: the history not there, the log still on
            assertThat(historyRows(database, DAY_2)).as("day 2's history as the kill left it").isZero();
            assertThat(logData(database)).as("the log as the kill left it").isEqualTo("true");
            assertThat(historyRows(database, DAY_1)).as("day 1's").isEqualTo(findings(command, DAY_1));
            database.jdbc().execute("SHUTDOWN");

            assertThat(NightlyCommand.run(day2)).isZero();

            unbroken.assertSameOutputs(command, DAY_2);
            assertThat(historyRows(database, DAY_2)).isEqualTo(findings(command, DAY_2)).isPositive();
            assertThat(logData(database)).as("the log after the restart completed").isEqualTo("true");
        }
    }

    private static String logData(StateDatabase database) {
        return database.jdbc().queryForObject("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
                + "WHERE PROPERTY_NAME = 'hsqldb.log_data'", String.class);
    }

    private static int historyRows(StateDatabase database, LocalDate runDate) {
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?",
                Integer.class, runDate);
    }

    /** The rows of a night's findings.csv. */
    private static int findings(Command command, LocalDate runDate) throws IOException {
        try (Stream<String> lines = Files.lines(command.reports(runDate).resolve("findings.csv"))) {
            return (int) lines.count() - 1;
        }
    }

    /** A run killed after Spring Batch created it but before it began has no execution to restart. */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void aRunStoppedBeforeItsFirstStepStartsAfresh(Platform platform, CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            String[] day1 = command.args(unbroken.input(DAY_1), DAY_1);
            try (ConfigurableApplicationContext application = application(day1)) {
                application.getBean(JobRepository.class)
                        .createJobInstance(NightlyComplianceJobConfig.JOB_NAME, NightlyRunner.identify(DAY_1, 1));
            }

            assertThat(NightlyCommand.run(day1)).isZero();

            assertThat(output).contains("The run of 2026-11-30 was stopped before its first step; starting it afresh");
            unbroken.assertSameOutputs(command, DAY_1);
        }
    }

    /** An execution abandoned by an operator cannot be restarted: the next attempt runs instead. */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void anAbandonedRunStartsAfreshAsTheNextAttempt(Platform platform, CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            String[] day1 = command.args(unbroken.input(DAY_1), DAY_1, StepFault.SOURCE_ARGUMENT);
            StepFault.failOnce("writeFindings");
            assertThat(NightlyCommand.run(day1)).isEqualTo(ExitCodes.FAILED);
            try (ConfigurableApplicationContext application = application(day1)) {
                JobRepository jobs = application.getBean(JobRepository.class);
                application.getBean(JobOperator.class).abandon(jobs.getLastJobExecution(
                        NightlyComplianceJobConfig.JOB_NAME, NightlyRunner.identify(DAY_1, 1)));
            }

            assertThat(NightlyCommand.run(day1)).isZero();

            assertThat(output).contains("The run of 2026-11-30 was abandoned; starting it afresh (attempt 2)");
            unbroken.assertSameOutputs(command, DAY_1);
        }
    }

    /** A second run on the same state folder while one runs is refused at once, and the first is unharmed. */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void aSecondRunAtOnceIsRefused(Platform platform, CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            String[] day2 = command.args(unbroken.input(DAY_2), DAY_2);

            try (PausedProcess first = PausedProcess.start("recordHistory", dir.resolve("first"), day2)) {
                long started = System.nanoTime();
                assertThat(NightlyCommand.run(day2)).isEqualTo(ExitCodes.FAILED);
                assertThat((System.nanoTime() - started) / 1_000_000).as("refused at once (ms)").isLessThan(2_000);
                assertThat(output.getErr()).contains("another run is using the state folder",
                        "this run was refused and changed nothing");

                assertThat(first.release()).as(first.output()).isZero();
            }
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    /** The application on the state database of a command line, without running the job. */
    private ConfigurableApplicationContext application(String[] args) {
        return new SpringApplicationBuilder(IcpComplianceApplication.class)
                .properties("state-dir=" + dir.resolve("state").toAbsolutePath()).run(args);
    }
}
