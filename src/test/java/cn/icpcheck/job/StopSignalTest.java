package cn.icpcheck.job;

import cn.icpcheck.testing.AgainstUnbrokenRuns;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.PausedProcess;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;

import java.util.Arrays;
import java.util.stream.Stream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM (systemd's stop, kill, Kubernetes) stops a run at its next safe point: the run is marked
 * stopped, the process exits 1 with one sentence and no stack trace, and the same command then
 * finishes it with the outputs of an unbroken run.
 */
class StopSignalTest extends AgainstUnbrokenRuns {

    /** A chunk step alone, and a tasklet step beside another flow (the stop is noticed as the next step starts). */
    static Stream<Arguments> stepsToStopIn() {
        return Arrays.stream(Platform.values()).flatMap(p -> Stream.of("checkServices", "writeFindings")
                .map(step -> Arguments.of(p, step)));
    }

    @ParameterizedTest(name = "{0}: SIGTERM in {1}")
    @MethodSource("stepsToStopIn")
    void aRunStoppedBySigtermIsResumedByTheSameCommand(Platform platform, String step, CapturedOutput output)
            throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            String[] day2 = command.args(unbroken.input(DAY_2), DAY_2);

            String log;
            try (PausedProcess run = PausedProcess.start(step, dir.resolve("signal"), day2)) {
                run.terminate();
                run.awaitOutput("Stopping the run of 2026-12-01 at its next safe point");
                int exit = run.release();
                log = run.output();

                assertThat(exit).as(log).isEqualTo(ExitCodes.FAILED);
                assertThat(log).contains("icp-compliance: stopped by a signal; the same command resumes it")
                        .doesNotContain("\tat ", "Exception", "unknown state");
            }
            assertThat(database.jdbc().queryForObject("""
                    SELECT STATUS FROM BATCH_JOB_EXECUTION
                    WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""", String.class))
                    .as("%s%n%s", log, database.jdbc().queryForList("""
                            SELECT STEP_NAME, STATUS, EXIT_MESSAGE FROM BATCH_STEP_EXECUTION
                            WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"""))
                    .isEqualTo("STOPPED");
            assertThat(command.run(unbroken.input(DAY_2), DAY_2)).isZero();
            assertThat(output).contains("Restarting the run of 2026-12-01 where it stopped");

            unbroken.assertSameOutputs(command, DAY_2);
        }
    }
}
