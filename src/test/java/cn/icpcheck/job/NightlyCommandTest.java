package cn.icpcheck.job;

import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line's exit codes (outputs.md) and its log, through {@link NightlyCommand#run}. */
@ExtendWith(OutputCaptureExtension.class)
class NightlyCommandTest {

    @TempDir
    Path dir;
    Path input;
    Command command;

    @BeforeEach
    void export() throws Exception {
        input = TestExport.dayOne().writeTo(dir.resolve("input"));
        command = Command.embedded(dir);
    }

    @AfterEach
    void closeDatabase() {
        command.database().close();
    }

    @Test
    void anUnknownOptionIsAUsageError(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--frobnicate=yes")).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("unknown option --frobnicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "30/11/2026", "yesterday"})
    void aBadOrImpossibleDateIsAUsageError(String date, CapturedOutput output) {
        String[] args = command.args(input, DAY_1, "--run-date=" + date);
        assertThat(NightlyCommand.run(args)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("--run-date must be a real date yyyy-MM-dd, not '" + date + "'");
    }

    @Test
    void aMissingInputFolderIsAUsageError(CapturedOutput output) {
        assertThat(command.run(dir.resolve("nowhere"), DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("input folder", "nowhere", "does not exist");
    }

    @Test
    void aMissingRequiredFileIsAUsageError(CapturedOutput output) throws Exception {
        Files.delete(input.resolve("domains.csv"));
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("required file domains.csv is missing");
    }

    @Test
    void aMissingRequiredColumnIsAUsageError(CapturedOutput output) throws Exception {
        Path subjects = input.resolve("subjects.csv");
        Files.writeString(subjects, Files.readString(subjects).replaceFirst("holder_name,", "name,"));
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("subjects.csv", "holder_name");
        assertThat(dir.resolve("state")).as("nothing started").doesNotExist();
    }

    @Test
    void tooManyRejectsFailTheRunWhichRestartsOnceAllowed(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--max-rejects=2")).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getErr()).contains("the run failed", "more than 2 input rows rejected");
        assertThat(command.reports(DAY_1).resolve("findings.csv")).doesNotExist();

        assertThat(command.run(input, DAY_1, "--max-rejects=3")).isZero();
        assertThat(output).contains("Restarting the run of 2026-11-30");
    }

    @Test
    void anIoErrorFailsTheRunWhichTheSameCommandRestarts(CapturedOutput output) throws Exception {
        Path inTheWay = command.reports(DAY_1).resolve("findings.csv");
        Files.createDirectories(inTheWay.resolve("a folder where the report should be"));
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getErr()).contains("icp-compliance: the run failed: ", inTheWay.toString(),
                FailureMessage.RESTART).doesNotContain("\tat ", "Exception");

        FileSystemUtils.deleteRecursively(inTheWay);
        assertThat(command.run(input, DAY_1)).isZero();
        assertThat(command.reports(DAY_1).resolve("summary.json")).exists();
    }

    @Test
    void aRunLogsEachFileReadAndEndsWithASummaryLine(CapturedOutput output) {
        assertThat(command.run(input, DAY_1)).isZero();
        assertThat(output.getOut())
                .contains("subjects.csv: 41 rows read, 1 rejected, in ")
                .contains("The run of 2026-11-30 completed in ")
                .contains(": 43 findings (43 new, 0 still open, 0 resolved), 3 rejected rows; reports in "
                        + command.reports(DAY_1).toAbsolutePath());
    }

    @Test
    void quietLogsOnlyWarningsAndErrors(CapturedOutput output) throws Exception {
        assertThat(command.run(input, DAY_1, "--quiet")).isZero();
        assertThat(command.run(input, DAY_1, "--quiet")).isZero();
        assertThat(output.getOut()).doesNotContain(" INFO ");
        assertThat(output.getErr()).isEmpty();

        Files.writeString(input.resolve("domains.csv"), "domain\n", StandardCharsets.UTF_8);
        assertThat(command.run(input, TestExport.DAY_2, "--quiet")).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("domains.csv");
    }

    @Test
    void aThreadThatStopsOnAFailureNobodyTakesIsSaidInOneLineNotATrace(CapturedOutput output) throws Exception {
        Thread thread = new Thread(() -> {
            throw new IllegalStateException("the share went away");
        }, "icp-test-thread");
        thread.setUncaughtExceptionHandler(NightlyCommand::threadStopped);
        thread.start();
        thread.join();

        assertThat(output.getAll()).contains("the thread icp-test-thread stopped: the share went away")
                .doesNotContain("Exception in thread \"icp-test-thread\"");
    }
}
