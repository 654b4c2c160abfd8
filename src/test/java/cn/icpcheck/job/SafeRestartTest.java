package cn.icpcheck.job;

import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.testing.AgainstUnbrokenRuns;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.PausedProcess;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.SmallDisk;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.StepFault;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * operations.md, "A restart never mixes two exports" and "Exit 0 only after the state is safe": a
 * run restarted on a replaced export runs every step again and writes what a clean run on the new
 * export writes; a state folder that runs out of space fails the run, and the next run finishes it.
 */
class SafeRestartTest extends AgainstUnbrokenRuns {

    private static final String DAY_2_CHANGES = "subjects.csv changed, services.csv changed, domains.csv changed, "
            + "instances.csv changed";

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aFailedRunRestartedOnAReplacedExportRunsEveryStepAgain(Platform platform, CapturedOutput output)
            throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            // day 2 begins on the wrong export (day 1's again) and fails once its findings are written
            Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
            StepFault.failOnce("writeContacts");
            assertThat(command.run(input, DAY_2, StepFault.SOURCE_ARGUMENT)).isEqualTo(ExitCodes.FAILED);
            assertThat(command.reports(DAY_2).resolve("findings.csv")).exists();

            TestExport.dayTwo().writeTo(input);
            assertThat(command.run(input, DAY_2, StepFault.SOURCE_ARGUMENT)).isZero();

            assertThat(output).contains("The export changed since the run of 2026-12-01 began (" + DAY_2_CHANGES
                    + "): running every step again on the new export");
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    @Test
    void aKilledRunRestartedOnAReplacedExportWritesWhatACleanRunWrites(CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
            String[] day2 = command.args(input, DAY_2);

            try (PausedProcess run = PausedProcess.start("writeContacts", dir.resolve("kill"), day2)) {
                run.kill();
            }
            TestExport.dayTwo().writeTo(input);
            assertThat(NightlyCommand.run(day2)).isZero();

            assertThat(output).contains("The export changed since the run of 2026-12-01 began (" + DAY_2_CHANGES + ")");
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    /**
     * The fingerprint is taken beside the first steps and saved with the job's context at the end of a
     * step: a run killed in its first step has none, so its restart cannot know that the export is the
     * same and runs every step. (Made here by removing it from a failed run's saved context: a kill that
     * early may also lose what HSQLDB had not yet written, the run itself included.)
     */
    @Test
    void aRunThatSavedNoFingerprintIsRunAgainFromTheStart(CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            StepFault.failOnce("writeContacts");
            assertThat(command.run(unbroken.input(DAY_2), DAY_2, StepFault.SOURCE_ARGUMENT)).isEqualTo(ExitCodes.FAILED);
            forgetFingerprints(database);

            assertThat(command.run(unbroken.input(DAY_2), DAY_2, StepFault.SOURCE_ARGUMENT)).isZero();

            assertThat(output).contains("The export the run of 2026-12-01 began with is not known (it stopped before "
                    + "its fingerprint was saved): running every step again")
                    .doesNotContain("Restarting the run of 2026-12-01 where it stopped");
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    /** Removes the export's fingerprint from every job execution's saved context, as Spring Batch serialises it. */
    private static void forgetFingerprints(StateDatabase database) {
        JdbcTemplate jdbc = database.jdbc();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        Map<Long, String> contexts = new HashMap<>();
        jdbc.query("SELECT JOB_EXECUTION_ID, SHORT_CONTEXT FROM BATCH_JOB_EXECUTION_CONTEXT",
                rs -> {
                    contexts.put(rs.getLong(1), rs.getString(2));
                });
        contexts.forEach((execution, saved) -> {
            try {
                Map<String, Object> context = new HashMap<>(serializer.deserialize(
                        new ByteArrayInputStream(saved.getBytes(StandardCharsets.ISO_8859_1))));
                assertThat(context.remove(RunFingerprint.KEY)).as("the fingerprint saved by execution %d", execution)
                        .isNotNull();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                serializer.serialize(context, bytes);
                jdbc.update("UPDATE BATCH_JOB_EXECUTION_CONTEXT SET SHORT_CONTEXT = ? WHERE JOB_EXECUTION_ID = ?",
                        bytes.toString(StandardCharsets.ISO_8859_1), execution);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void aRestartOnTheSameExportResumes(CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            StepFault.failOnce("writeWorkbook");
            assertThat(command.run(unbroken.input(DAY_1), DAY_1, StepFault.SOURCE_ARGUMENT)).isEqualTo(ExitCodes.FAILED);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();

            assertThat(output).contains("Restarting the run of 2026-11-30 where it stopped")
                    .doesNotContain("The export changed");
            unbroken.assertSameOutputs(command, DAY_1);
        }
    }

    @Test
    void anExportDiffersByAFileAddedRemovedOrChanged() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        ExportFolder folder = new ExportFolder(input, StandardCharsets.UTF_8);
        ExportFingerprint before = ExportFingerprint.of(folder);
        assertThat(before.differences(ExportFingerprint.decode(before.encode()))).isEmpty();

        Files.delete(input.resolve("orders.csv"));
        Files.writeString(input.resolve("domains.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(before.differences(ExportFingerprint.of(folder)))
                .containsExactly("domains.csv changed", "orders.csv removed");
        assertThat(ExportFingerprint.of(folder).differences(before))
                .containsExactly("domains.csv changed", "orders.csv added");
    }

    /**
     * The disk of the state folder fills up before the run records its history: recording it
     * fails, so the run exits 1 naming the state folder, and once there is room the same command
     * finishes the date with the outputs of an unbroken run.
     */
    @Test
    void aStateFolderThatRunsOutOfSpaceFailsTheRunAndTheNextRunFinishesIt() throws Exception {
        Path state = dir.resolve("state");
        try (SmallDisk disk = SmallDisk.mount(state, "16m");
             StateDatabase database = StateDatabase.create(Platform.HSQLDB, state)) {
            Command command = new Command(dir.resolve("reports"), state, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            String[] day2 = command.args(unbroken.input(DAY_2), DAY_2);

            try (PausedProcess run = PausedProcess.start("compareWithHistory", dir.resolve("full"), day2)) {
                disk.fill();
                assertThat(run.release()).as(run.output()).isEqualTo(ExitCodes.FAILED);
                assertThat(run.output()).contains("the state folder " + state.toAbsolutePath(), "disk full");
            }
            assertThat(ReportFiles.summary(command.reports(DAY_2)).get("status").asText()).isEqualTo("FAILED");

            disk.free();
            assertThat(NightlyCommand.run(day2)).isZero();
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }
}
