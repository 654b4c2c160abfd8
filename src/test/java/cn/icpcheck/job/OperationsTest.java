package cn.icpcheck.job;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.TestExport;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Running unattended anywhere (operations.md): plain messages and exit codes for what goes wrong,
 * folders checked before anything is read, the modes of what a run writes, its private temporary
 * folder, the defaults built into the jar, and the informational options.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

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

    // --- the console --------------------------------------------------------------------------

    @Test
    void aFirstRunOnANewStateDatabaseLogsNothingAboveInfo(CapturedOutput output) {
        assertThat(command.run(input, DAY_1)).isZero();

        assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .isEmpty();
        assertThat(output.getErr()).isEmpty();
    }

    @Test
    void aFailedQuietRunSaysWhyOnceOnStderrAndOnceInTheLog(CapturedOutput output) throws Exception {
        int lines = TestExport.unterminatedQuoteOnLine3(input.resolve("services.csv"));

        assertThat(command.run(input, DAY_1, "--quiet")).isEqualTo(ExitCodes.FAILED);

        String message = "the run failed: the export is not whole: services.csv: lines 3–" + lines
                + " could not be read (an unterminated quote). Fix the export, then run the same command again";
        assertThat(output.getErr().lines().toList()).containsExactly("icp-compliance: " + message);
        // the log (standard output) holds the same words once, and nothing of Spring Batch's own
        assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR ")).toList())
                .singleElement().asString().endsWith("ERROR " + message);
        assertThat(output.getOut()).doesNotContain("Encountered an error");
        assertNoStackTrace(output);
    }

    @Test
    void aDatabaseThatRefusesTheConnectionFailsTheRunInPlainWords(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--spring.datasource.url=jdbc:postgresql://localhost:1/icp",
                "--spring.datasource.username=icp", "--spring.datasource.password=icp")).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains(
                "icp-compliance: the run failed: cannot open the state database jdbc:postgresql://localhost:1/icp as user icp",
                "  because Connection refused");
        assertNoStackTrace(output);
    }

    @Test
    void aWrongPasswordNamesTheRootCause(CapturedOutput output) {
        String url = System.getenv(StateDatabase.POSTGRES_URL);
        assumeTrue(url != null, "no PostgreSQL server named by " + StateDatabase.POSTGRES_URL);
        String user = System.getenv("ICP_TEST_POSTGRES_USER");

        assertThat(command.run(input, DAY_1, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=not-the-password")).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains("cannot open the state database " + url + " as user " + user,
                "password authentication failed for user \"" + user + "\"");
        assertNoStackTrace(output);
    }

    @Test
    void quietPrintsNoStackTraceWhenTheRunFails(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--max-rejects=2", "--quiet")).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains("icp-compliance: the run failed: more than 2 input rows rejected (3 so far): "
                + "fix the export or raise --max-rejects, then run the same command again" + System.lineSeparator())
                .doesNotContain(FailureMessage.RESTART);
        assertNoStackTrace(output);
    }

    @Test
    void debugLogsTheStackTrace(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--max-rejects=2", "--debug")).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains("more than 2 input rows rejected").doesNotContain("\tat ");
        assertThat(output.getOut()).contains("TooManyRejectsException", "\tat ");
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("\tat ", "Exception", "Caused by", "Error creating bean");
    }

    // --- folders ------------------------------------------------------------------------------

    @Test
    void anOutputFolderThatIsAFileIsAUsageErrorBeforeAnythingIsRead(CapturedOutput output) throws Exception {
        Files.writeString(command.output(), "not a folder");
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).isEqualTo("icp-compliance: the output folder " + command.output()
                + " is a file, not a folder" + System.lineSeparator());
        assertThat(command.stateDir()).as("nothing started").doesNotExist();
    }

    @Test
    void aReportFolderThatIsAFileIsAUsageError(CapturedOutput output) throws Exception {
        Files.createDirectories(command.output());
        Files.writeString(command.reports(DAY_1), "not a folder");
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("the report folder " + command.reports(DAY_1) + " is a file, not a folder");
    }

    @Test
    void aStateFolderInsideAFileIsAUsageError(CapturedOutput output) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a folder");
        Command inFile = new Command(dir.resolve("reports"), file.resolve("state"), command.database());
        assertThat(inFile.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("the state folder " + file.resolve("state") + " cannot be created: "
                + file + " is a file, not a folder");
    }

    @Test
    void aStateFolderThatCannotBeLockedIsAUsageErrorWithTheReason(CapturedOutput output) throws Exception {
        Files.createDirectories(command.stateDir().resolve(StateLock.FILE_NAME));
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("icp-compliance: cannot lock the state folder " + command.stateDir() + ": ",
                command.stateDir().resolve(StateLock.FILE_NAME).toString());
        assertNoStackTrace(output);
    }

    @Test
    void foldersThisUserCannotWriteAreUsageErrors(CapturedOutput output) throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write any folder");
        Files.createDirectories(command.output());
        Files.setPosixFilePermissions(command.output(), PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("the output folder " + command.output() + " cannot be written by user ");
    }

    // --- temporary files ----------------------------------------------------------------------

    @Test
    void theRunsTemporaryFolderIsPrivateAndRemovedAtItsEnd() throws Exception {
        Path folder;
        try (RunTempFolder temp = RunTempFolder.create()) {
            folder = temp.dir();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            File spool = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            assertThat(spool.toPath().getParent()).isEqualTo(folder);
        }
        assertThat(folder).doesNotExist();
    }

    // --- the informational options ------------------------------------------------------------

    @Test
    void helpVersionAndRules(CapturedOutput output) {
        assertThat(NightlyCommand.run("--help")).isZero();
        assertThat(output.getOut()).contains("Usage: java -jar icp-compliance.jar", "--input=DIR", "--state-dir=DIR",
                "--version", "Exit status: 0");
        assertThat(NightlyCommand.run("--version")).isZero();
        assertThat(output.getOut()).containsPattern("icp-compliance \\d+\\.\\d+\\.\\d+");
        assertThat(NightlyCommand.run("--rules")).isZero();
        for (RuleCode rule : RuleCode.values()) {
            assertThat(output.getOut()).contains("### " + rule.name() + ": ");
        }
        assertThat(output.getErr()).isEmpty();
    }

    // --- a run in a JVM of its own: umask, working folder, temporary-folder root ----------------

    /**
     * From a folder without jobs/, under a umask of 000 and with a {@code poifiles} left in the
     * temporary-folder root by another user's run (here a file, which no run could use as its spool
     * folder): the run uses the built-in defaults, writes its reports 0640 in folders 0750, and
     * leaves the temporary-folder root as it found it.
     */
    @Test
    void aRunFromAnyFolderUnderAnyUmask() throws Exception {
        Path workingFolder = Files.createDirectories(dir.resolve("anywhere"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "left by another user's run");

        Child run = Child.run(workingFolder, "000", tmp, command.args(input, DAY_1));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains(
                "Using the job configuration built into the jar (jobs/nightly-compliance.yml is not in the working folder "
                        + workingFolder + ")",
                "Using the province table built into the jar", "Using the holiday calendar built into the jar");
        assertModes(command.output(), "rw-r-----", "rwxr-x---");
        assertThat(mode(command.stateDir())).isEqualTo("rwxr-x---");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(tmp.resolve("poifiles"));
        }
    }

    /**
     * The night that broke it: a run as root, then a run as an unprivileged user on the same machine,
     * with the same temporary-folder root (world-writable, as /tmp). Needs root and runuser; the
     * class path is copied where the other user can read it.
     */
    @Test
    void aRunAsAnotherUserAfterARunAsRoot() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can run as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "no runuser here");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        String classPath = readableCopy(System.getProperty("java.class.path"), dir.resolve("classpath"));

        Child asRoot = Child.run(List.of(), classPath, dir, "022", tmp,
                new Command(dir.resolve("root/reports"), dir.resolve("root/state"), command.database()).args(input, DAY_1));
        assertThat(asRoot.exit()).as(asRoot.output()).isZero();

        Path home = Files.createDirectories(dir.resolve("nobody"));
        new ProcessBuilder("chown", "nobody", home.toString()).inheritIO().start().waitFor();
        Command asNobody = new Command(home.resolve("reports"), home.resolve("state"), command.database());
        Child run = Child.run(List.of("runuser", "-u", "nobody", "--"), classPath, home, "022", tmp,
                asNobody.args(input, DAY_1));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(Files.getOwner(asNobody.reports(DAY_1).resolve("remediation-contacts.xlsx")).getName()).isEqualTo("nobody");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("what the runs left in the temporary-folder root").isEmpty();
        }
    }

    /** Copies the class path's folders and jars under {@code target}, readable by every user; returns the copy's class path. */
    private static String readableCopy(String classPath, Path target) throws Exception {
        List<String> copied = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = target.resolve(n++ + "-" + source.getFileName());
            Files.createDirectories(copy.getParent());
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path file : walk.toList()) {
                        Path to = copy.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to);
                        }
                    }
                }
            } else {
                Files.copy(source, copy);
            }
            copied.add(copy.toString());
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, copied);
    }

    /** A stricter umask still applies. */
    @Test
    void aStricterUmaskStillApplies() throws Exception {
        Child run = Child.run(dir, "077", dir, command.args(input, DAY_1));
        assertThat(run.exit()).as(run.output()).isZero();
        assertModes(command.output(), "rw-------", "rwx------");
    }

    private static void assertModes(Path output, String fileMode, String folderMode) throws Exception {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(output)) {
            all = walk.toList();
        }
        assertThat(all).hasSizeGreaterThan(5);
        for (Path path : all) {
            assertThat(mode(path)).as(path.toString()).isEqualTo(Files.isDirectory(path) ? folderMode : fileMode);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** The command line in a JVM of its own, in a working folder, under a umask, with a temporary-folder root. */
    private record Child(int exit, String output) {
        static Child run(Path workingFolder, String umask, Path tmp, String... args) throws Exception {
            return run(List.of(), System.getProperty("java.class.path"), workingFolder, umask, tmp, args);
        }

        static Child run(List<String> asUser, String classPath, Path workingFolder, String umask, Path tmp,
                         String... args) throws Exception {
            List<String> command = new ArrayList<>(asUser);
            command.addAll(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", classPath, NightlyCommand.class.getName()));
            command.addAll(List.of(args));
            Path log = Files.createTempFile(tmp, "run", ".log");
            Process process = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the run ended").isTrue();
            String output = Files.readString(log);
            Files.delete(log);
            return new Child(process.exitValue(), output);
        }
    }
}
