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
import static cn.icpcheck.testing.TestExport.subjectNo;
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

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void aWorkbookSavedByLibreOfficeIsImported() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
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
            Files.createDirectories(command.inbox());
            Files.copy(resaveWithLibreOffice(edited), command.inbox().resolve("saved by LibreOffice.xlsx"));

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

    /**
     * The contact list (triage.md, Where staff enter decisions, 2): the contact team marks a subject
     * 已联系 with a note in remediation-contacts.xlsx, LibreOffice saves it again, and the next night every
     * finding counted in that subject's row is contacted, the row shows contacted since the import date,
     * and a subject left alone is still to be contacted.
     */
    @Test
    void aContactListSavedByLibreOfficeIsImported() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(input, DAY_1)).isZero();
            Path night1 = command.reports(DAY_1);
            List<Map<String, String>> findings = CsvFiles.read(night1.resolve("findings.csv"));
            List<String> subject1 = findings.stream().filter(f -> f.get("subject_no").equals(subjectNo(1)))
                    .map(f -> f.get("finding_id")).toList();
            Map<String, String> row1 = contactRow(night1, 1);
            assertThat(row1.get("finding_count")).isEqualTo(Integer.toString(subject1.size()));
            assertThat(subject1).as("the findings counted in subject 1's row").hasSize(2);
            assertThat(row1.get("contact_status")).isEqualTo("to_contact");
            assertThat(contactRow(night1, 2).get("contact_status")).isEqualTo("to_contact");

            Path edited = dir.resolve("edited/联系清单.xlsx");
            try (StaffEdits contacts = StaffEdits.open(night1.resolve("remediation-contacts.xlsx"))) {
                contacts.retypeWhere("待联系主体", "主体备案号", subjectNo(1), "联系状态", "已联系")
                        .retypeWhere("待联系主体", "主体备案号", subjectNo(1), "备注", "陈先生已回电")
                        .lastModifiedBy("赵敏")
                        .saveAs(edited);
            }
            Files.createDirectories(command.inbox());
            Files.copy(resaveWithLibreOffice(edited), command.inbox().resolve("contacts saved by LibreOffice.xlsx"));

            assertThat(command.run(input, DAY_2)).isZero();
            Path night2 = command.reports(DAY_2);
            assertThat(command.inbox().resolve("imported/" + DAY_2 + "/contacts saved by LibreOffice.xlsx")).exists();
            List<Map<String, String>> imported = CsvFiles.read(night2.resolve("triage-import.csv"));
            assertThat(CsvFiles.project(imported, "file", "sheet", "finding_id", "outcome", "status", "reason"))
                    .containsExactlyInAnyOrder(subject1.stream()
                            .map(id -> "contacts saved by LibreOffice.xlsx|待联系主体|" + id + "|applied|contacted|")
                            .toArray(String[]::new));
            List<Map<String, String>> tonight = CsvFiles.read(night2.resolve("findings.csv"));
            for (String id : subject1) {
                assertThat(ThreeNightsTest.status(tonight, id)).as(id).isEqualTo("contacted");
                assertThat(ThreeNightsTest.cellsOf(night2.resolve("compliance-report.xlsx"), id))
                        .contains("已联系", "陈先生已回电", DAY_2.toString());
            }
            assertThat(tonight.stream().filter(f -> f.get("status").equals("contacted")).count())
                    .as("only subject 1's findings").isEqualTo(subject1.size());
            Map<String, String> contacted = contactRow(night2, 1);
            assertThat(contacted.get("contact_status")).isEqualTo("contacted");
            assertThat(contacted.get("last_contacted_on")).isEqualTo(DAY_2.toString());
            Map<String, String> untouched = contactRow(night2, 2);
            assertThat(untouched.get("contact_status")).isEqualTo("to_contact");
            assertThat(untouched.get("last_contacted_on")).isEmpty();
            assertThat(database.jdbc().queryForList(
                    "SELECT FINDING_ID FROM ICP_DECISION_AUDIT WHERE SOURCE_FILE = ? AND STATUS = 'contacted'",
                    String.class, "contacts saved by LibreOffice.xlsx")).containsExactlyInAnyOrderElementsOf(subject1);
        }
    }

    /** The row of subject {@code i} in a night's remediation-contacts.csv. */
    private static Map<String, String> contactRow(Path reports, int i) throws Exception {
        return CsvFiles.read(reports.resolve("remediation-contacts.csv")).stream()
                .filter(c -> c.get("subject_no").equals(subjectNo(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no contact row for subject " + i));
    }

    /** The workbook opened and saved again by LibreOffice headless, as xlsx; the saved copy. */
    private Path resaveWithLibreOffice(Path edited) throws Exception {
        Path saved = Files.createTempDirectory(dir, "libreoffice");
        Path log = saved.resolveSibling(saved.getFileName() + ".log");
        Process lo = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), edited.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(lo.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path copy = saved.resolve(edited.getFileName().toString());
        assertThat(copy).as(Files.readString(log)).exists();
        assertThat(Files.readAllBytes(copy)).as("saved anew by LibreOffice").isNotEqualTo(Files.readAllBytes(edited));
        return copy;
    }
}
