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
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    /** Night 1, a decision dropped in the inbox, night 2 (killed in the import and run again); what night 2 wrote. */
    private Map<String, String> night2(Path root, Path input, Platform platform, boolean kill) throws Exception {
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
            if (kill) {
                try (PausedProcess run = PausedProcess.start("importTriage", root.resolve("kill"), day2)) {
                    run.kill();
                }
                StepFault.failOnce("importTriage");
                assertThat(NightlyCommand.run(concat(day2, StepFault.SOURCE_ARGUMENT))).isEqualTo(ExitCodes.FAILED);
            }
            assertThat(NightlyCommand.run(day2)).isZero();
            assertThat(command.inbox().resolve("imported/" + DAY_2 + "/edited.xlsx")).exists();
            assertThat(command.inbox().resolve("edited.xlsx")).doesNotExist();
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

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
