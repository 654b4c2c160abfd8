package cn.icpcheck.triage;

import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workbook saved by another spreadsheet program than POI: LibreOffice (headless) opens the edited
 * workbook and saves it again in its own way (shared strings, its own styles and date formats), and the
 * decisions in it are applied. Skipped where LibreOffice is not installed.
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookSavedByLibreOfficeIsImported() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = new Command(dir.resolve("reports"), dir.resolve("state"), database);
            assertThat(command.run(input, DAY_1)).isZero();
            List<Map<String, String>> findings = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            String waived = ThreeNightsTest.id(findings, "DOMAIN_EXPIRED", 2, null);
            String contacted = ThreeNightsTest.id(findings, "CONTACT_MOBILE_INVALID", 1, "subject_principal");
            Path edited = dir.resolve("edited/报告.xlsx");
            try (StaffEdits edits = StaffEdits.open(command.reports(DAY_1).resolve("compliance-report.xlsx"))) {
                edits.retype(waived, "处理状态", "无需处理").retype(waived, "备注", "域名转入中")
                        .setDate(waived, "复核日期", DAY_2.plusDays(30))
                        .retype(contacted, "处理状态", "已联系").retype(contacted, "处理人", "张伟")
                        .saveAs(edited);
            }
            Path saved = dir.resolve("libreoffice");
            Process lo = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                    "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), edited.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
            assertThat(lo.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
            assertThat(saved.resolve("报告.xlsx")).as(Files.readString(dir.resolve("lo.log"))).exists();
            assertThat(Files.readAllBytes(saved.resolve("报告.xlsx"))).isNotEqualTo(Files.readAllBytes(edited));
            Files.createDirectories(command.inbox());
            Files.copy(saved.resolve("报告.xlsx"), command.inbox().resolve("saved by LibreOffice.xlsx"));

            assertThat(command.run(input, DAY_2)).isZero();

            List<Map<String, String>> imported = CsvFiles.read(command.reports(DAY_2).resolve("triage-import.csv"));
            assertThat(CsvFiles.project(imported, "finding_id", "outcome", "status", "decided_by", "reason"))
                    .containsExactlyInAnyOrder(waived + "|applied|waived|unknown|", contacted + "|applied|contacted|张伟|");
            List<Map<String, String>> tonight = CsvFiles.read(command.reports(DAY_2).resolve("findings.csv"));
            assertThat(ThreeNightsTest.status(tonight, waived)).isEqualTo("waived");
            assertThat(ThreeNightsTest.cellsOf(command.reports(DAY_2).resolve("compliance-report.xlsx"), waived))
                    .contains("域名转入中", DAY_2.plusDays(30).toString());
        }
    }
}
