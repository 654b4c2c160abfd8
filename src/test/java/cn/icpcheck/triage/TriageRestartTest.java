package cn.icpcheck.triage;

import cn.icpcheck.job.ExitCodes;
import cn.icpcheck.job.NightlyCommand;
import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.PausedProcess;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.StepFault;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import happens once per run date (triage.md, Nightly rules still hold): a run that failed or was
 * killed in or after the import restarts to the outputs of an unbroken run, without importing or moving
 * anything twice; a rerun of the date imports nothing new and shows the same decisions.
 */
class TriageRestartTest {

    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        StepFault.clear();
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aRunKilledInTheImportRestartsToTheOutputsOfAnUnbrokenRun(Platform platform) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        Map<String, String> unbroken = night2(dir.resolve("unbroken"), input, Platform.HSQLDB, false);
        Map<String, String> killed = night2(dir.resolve("killed"), input, platform, true);
        for (String file : unbroken.keySet()) {
            assertThat(killed.get(file)).as(file).isEqualTo(unbroken.get(file));
        }
    }

    /**
     * The staff's files are imported beside the reading, not before it: a run whose import fails has
     * read subjects.csv, orders.csv and domains.csv all the same, and has not gone on to the checks that
     * follow the reading; its restart imports them.
     */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void theImportRunsBesideTheReading(Platform platform) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            StepFault.failOnce("importTriage");
            assertThat(NightlyCommand.run(concat(command.args(input, DAY_1), StepFault.SOURCE_ARGUMENT)))
                    .isEqualTo(ExitCodes.FAILED);
            assertThat(database.jdbc().queryForList(
                    "SELECT STEP_NAME || '|' || STATUS FROM BATCH_STEP_EXECUTION", String.class))
                    .containsExactlyInAnyOrder("checkSubjects|COMPLETED", "readOrders|COMPLETED", "checkOrders|COMPLETED",
                            "readDomains|COMPLETED", "importTriage|FAILED");

            assertThat(command.run(input, DAY_1)).isZero();
            assertThat(database.jdbc().queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'COMPLETED'",
                    String.class)).containsOnlyOnce("importTriage", "readInstances", "writeSummary");
        }
    }

    /** How a run is broken inside the import, before the import step commits. */
    enum Break { KILL, FAIL }

    /** The outputs of the unbroken night 2, worked out once for the tests below (always the same). */
    private static Map<String, String> unbrokenNight2;

    static Stream<Arguments> pointsInsideTheImport() {
        return Stream.of(Platform.values()).flatMap(platform -> Stream.of(TriageImport.Probe.READ, TriageImport.Probe.MOVED)
                .flatMap(point -> Stream.of(Break.values()).map(b -> Arguments.of(platform, point, b))));
    }

    /**
     * A run killed or failed inside the import, before the step commits: after every inbox file was read
     * ({@code read}, nothing recorded or moved yet), or after the first file was moved ({@code moved}, the
     * other not yet). The restart gives the outputs of an unbroken run, every file imported once and
     * moved to imported/<run-date>/, none lost, none left behind.
     */
    @ParameterizedTest(name = "{0}, {2} at {1}")
    @MethodSource("pointsInsideTheImport")
    void aRunBrokenInsideTheImportBeforeItCommitsRestartsToTheOutputsOfAnUnbrokenRun(Platform platform, String point,
                                                                                      Break how) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        synchronized (TriageRestartTest.class) {
            if (unbrokenNight2 == null) {
                unbrokenNight2 = night2(dir.resolve("unbroken"), input, Platform.HSQLDB, null);
            }
        }
        Map<String, String> broken = night2(dir.resolve("broken"), input, platform, root -> {
            String[] day2 = root.args();
            if (how == Break.KILL) {
                try (PausedProcess run = PausedProcess.start(StepFault.importPoint(point), root.dir().resolve("kill"), day2)) {
                    run.kill();
                }
            } else {
                StepFault.failOnce(StepFault.importPoint(point));
                assertThat(NightlyCommand.run(concat(day2, StepFault.SOURCE_ARGUMENT))).isEqualTo(ExitCodes.FAILED);
            }
        });
        for (String file : unbrokenNight2.keySet()) {
            assertThat(broken.get(file)).as(file).isEqualTo(unbrokenNight2.get(file));
        }
    }

    /** The run of night 2, before its first whole run: its folder and command line. */
    private record BrokenRun(Path dir, String[] args) {
    }

    @FunctionalInterface
    private interface Breaker {
        void breakRun(BrokenRun run) throws Exception;
    }

    /** Night 1, a decision dropped in the inbox, night 2 (killed in the import and run again); what night 2 wrote. */
    private Map<String, String> night2(Path root, Path input, Platform platform, boolean kill) throws Exception {
        return night2(root, input, platform, !kill ? null : run -> {
            try (PausedProcess paused = PausedProcess.start("importTriage", run.dir().resolve("kill"), run.args())) {
                paused.kill();
            }
            StepFault.failOnce("importTriage");
            assertThat(NightlyCommand.run(concat(run.args(), StepFault.SOURCE_ARGUMENT))).isEqualTo(ExitCodes.FAILED);
        });
    }

    /** Night 1, a decision dropped in the inbox, night 2 (broken, if a breaker is given, and run again); what night 2 wrote. */
    private Map<String, String> night2(Path root, Path input, Platform platform, Breaker breaker) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, root.resolve("state"))) {
            Command command = new Command(root.resolve("reports"), root.resolve("state"), database);
            assertThat(command.run(input, DAY_1)).isZero();
            List<Map<String, String>> findings = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            String id = ThreeNightsTest.id(findings, "DOMAIN_EXPIRED", 2, null);
            try (StaffEdits edits = StaffEdits.open(command.reports(DAY_1).resolve("compliance-report.xlsx"))) {
                edits.retype(id, "处理状态", "无需处理").retype(id, "备注", "in transfer").lastModifiedBy("王芳")
                        .saveAs(command.inbox().resolve("edited.xlsx"));
            }
            Files.writeString(command.inbox().resolve("bulk.csv"), "finding_id,status\n"
                    + ThreeNightsTest.id(findings, "DOMAIN_EXPIRED", 7, null) + ",contacted\n");
            // taken oldest first: the workbook, then the CSV file
            Files.setLastModifiedTime(command.inbox().resolve("edited.xlsx"),
                    java.nio.file.attribute.FileTime.fromMillis(1_764_000_000_000L));
            Files.setLastModifiedTime(command.inbox().resolve("bulk.csv"),
                    java.nio.file.attribute.FileTime.fromMillis(1_764_000_060_000L));
            String[] day2 = command.args(input, DAY_2);
            if (breaker != null) {
                breaker.breakRun(new BrokenRun(root, day2));
            }
            assertThat(NightlyCommand.run(day2)).isZero();
            // every file imported once: moved to imported/<run-date>/ under its own name, none left, none lost
            assertThat(filesUnder(command.inbox())).containsExactlyInAnyOrder(
                    "imported/" + DAY_2 + "/edited.xlsx", "imported/" + DAY_2 + "/bulk.csv");
            assertThat(database.jdbc().queryForList(
                    "SELECT FILE_NAME || '|' || OUTCOME || '|' || MOVED_TO FROM ICP_TRIAGE_FILE ORDER BY RUN_DATE, SEQ",
                    String.class)).containsExactly("edited.xlsx|imported|imported/" + DAY_2 + "/edited.xlsx",
                    "bulk.csv|imported|imported/" + DAY_2 + "/bulk.csv");
            // a rerun of the date imports nothing again and shows the same decisions
            Map<String, String> outputs = outputs(command.reports(DAY_2));
            assertThat(command.run(input, DAY_2, "--rerun")).isZero();
            assertThat(outputs(command.reports(DAY_2))).isEqualTo(outputs);
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_DECISION_AUDIT", Integer.class)).isEqualTo(2);
            return outputs;
        }
    }

    private static Map<String, String> outputs(Path reports) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        for (String name : List.of("findings.csv", "triage-import.csv", "remediation-contacts.csv")) {
            files.put(name, Files.readString(reports.resolve(name)));
        }
        files.put("summary.json", ReportFiles.comparableSummary(reports).toString());
        return files;
    }

    /** The files under a folder, as paths relative to it with / between names. */
    private static List<String> filesUnder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
