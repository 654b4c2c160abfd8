package cn.icpcheck.job;

import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.StateDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static cn.icpcheck.testing.PackagedJob.ARCHIVE;
import static cn.icpcheck.testing.PackagedJob.JAVA_OPTIONS;
import static cn.icpcheck.testing.PackagedJob.SINGLE_JAR;
import static cn.icpcheck.testing.PackagedJob.UNPACKED_JAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application, run as a user runs it: a separate JVM on the jar that {@code package}
 * built, which starts from the bean definitions made ahead of time (AheadOfTime), on the embedded
 * database and on PostgreSQL, and the unpacked jar with the class-data-sharing archive made at package
 * time, as the README's first command runs it. Its findings and rejects on sample-data are the
 * hand-checked ones of {@link SampleDataGoldenTest}. Run by Failsafe after the jar is built
 * ({@code ./mvnw verify}).
 */
class PackagedJarIT {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    static Stream<Arguments> jarsAndDatabases() {
        List<Arguments> all = new ArrayList<>();
        for (StateDatabase.Platform platform : StateDatabase.Platform.values()) {
            // the single jar that jobs/schedule installs
            all.add(Arguments.of(SINGLE_JAR, platform));
        }
        // the unpacked jar of the README's command, unless the build skipped it (-Dcds.skip=true)
        if (Files.exists(Path.of(UNPACKED_JAR))) {
            all.add(Arguments.of(UNPACKED_JAR, StateDatabase.Platform.HSQLDB));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("jarsAndDatabases")
    void thePackagedJarFindsTheHandCheckedFindingsAndRejects(String jar, StateDatabase.Platform platform)
            throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            Path log = dir.resolve("run.log");

            int exit = run(jar, command.args(Path.of("sample-data"), RUN_DATE, "--debug"), log);

            String output = Files.readString(log);
            assertThat(exit).as(output).isZero();
            assertThat(output).contains("Bean definitions made ahead of time at package time")
                    .doesNotContain("Exception");
            Path reports = command.reports(RUN_DATE);
            SampleDataGoldenTest.assertTheHandCheckedFindingsAndRejects(reports);
            assertThat(reports.resolve("compliance-report.xlsx")).isNotEmptyFile();

            // the same date again: already completed, nothing to do
            assertThat(run(jar, command.args(Path.of("sample-data"), RUN_DATE), log)).isZero();
            assertThat(Files.readString(log)).contains("The run of 2026-11-30 already completed");
        }
    }

    @Test
    void theReadmesCommandRunsWithTheArchiveThatPackageMade() throws Exception {
        assumeTrue(Files.exists(Path.of(ARCHIVE)), "the build made no archive (-Dcds.skip=true)");
        try (StateDatabase database = StateDatabase.create(StateDatabase.Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            Path log = dir.resolve("run.log");
            // -Xshare:on: a JVM that cannot map the archive (another jar, another JDK) stops instead of
            // running without it, as it otherwise would, saying only "Unable to use shared archive"
            List<String> java = new ArrayList<>(List.of(JAVA_OPTIONS, "-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on",
                    "-Xlog:cds=info", "-jar", UNPACKED_JAR));
            java.addAll(List.of(command.args(Path.of("sample-data"), RUN_DATE)));

            int exit = run(java, log);

            String output = Files.readString(log);
            assertThat(exit).as(output).isZero();
            assertThat(output).contains("Mapped dynamic region").doesNotContain("Unable to use shared archive");
            SampleDataGoldenTest.assertTheHandCheckedFindingsAndRejects(command.reports(RUN_DATE));
        }
    }

    @Test
    void aStateDatabaseThatCannotBeOpenedEndsInOnePlainMessageAndExit1() throws Exception {
        Path log = dir.resolve("run.log");
        String[] args = {"--input=sample-data", "--output=" + dir.resolve("reports"), "--state-dir=" + dir.resolve("state"),
                "--run-date=2026-11-30", "--triage-inbox=" + dir.resolve("inbox"),
                "--spring.datasource.url=jdbc:postgresql://localhost:1/icp", "--spring.datasource.username=icp",
                "--spring.datasource.password=icp"};

        int exit = run(SINGLE_JAR, args, log);

        String output = Files.readString(log);
        assertThat(exit).as(output).isEqualTo(ExitCodes.FAILED);
        assertThat(output).contains("icp-compliance: the run failed: cannot open the state database "
                        + "jdbc:postgresql://localhost:1/icp as user icp")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theApplicationClassRunFromTheClassPathIsTheCommandLine() throws Exception {
        assumeTrue(Files.exists(Path.of(UNPACKED_JAR)), "the build made no unpacked jar (-Dcds.skip=true)");
        Path log = dir.resolve("run.log");

        int exit = run(List.of("-cp", UNPACKED_JAR, "cn.icpcheck.IcpComplianceApplication", "--version"), log);

        assertThat(exit).isZero();
        assertThat(Files.readString(log)).startsWith("icp-compliance ");
    }

    private static int run(String jar, String[] args, Path log) throws Exception {
        // with the Java options the README and the schedule files start it with
        List<String> command = new ArrayList<>(List.of(JAVA_OPTIONS, "-jar", jar));
        command.addAll(List.of(args));
        return run(command, log);
    }

    private static int run(List<String> command, Path log) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(command);
        Process process = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the run ended in time").isTrue();
        return process.exitValue();
    }
}
