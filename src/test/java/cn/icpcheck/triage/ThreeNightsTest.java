package cn.icpcheck.triage;

import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.TestExport;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static cn.icpcheck.testing.TestExport.DAY_3;
import static cn.icpcheck.testing.TestExport.subjectNo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nights of the staff working in the workbook and the contact list (triage.md): decisions made
 * in edited, sorted, filtered, copied and renamed workbooks are applied the next night, then
 * contacted, waived, REOPENED, EXPIRED and CHANGED show as the spec says.
 */
class ThreeNightsTest {

    @TempDir
    Path dir;

    @Test
    void decisionsSurviveTheNightAndComeBackWhenTheyNoLongerFit() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            Path inbox = command.inbox();

            // ---- night 1: nothing decided yet
            assertThat(command.run(input, DAY_1)).isZero();
            Path night1 = command.reports(DAY_1);
            List<Map<String, String>> findings1 = CsvFiles.read(night1.resolve("findings.csv"));
            assertThat(findings1).allSatisfy(f -> {
                assertThat(f.get("status")).isEqualTo("pending");
                assertThat(f.get("first_seen")).isEqualTo(DAY_1.toString());
            });
            String mobile1 = id(findings1, "CONTACT_MOBILE_INVALID", 1, "subject_principal");
            String expired2 = id(findings1, "DOMAIN_EXPIRED", 2, null);
            String expired7 = id(findings1, "DOMAIN_EXPIRED", 7, null);
            String unverified3 = id(findings1, "DOMAIN_NOT_VERIFIED", 3, null);
            String notFound4 = id(findings1, "DOMAIN_NOT_FOUND", 4, null);
            String expired12 = id(findings1, "DOMAIN_EXPIRED", 12, null);
            assertThat(cellsOf(night1.resolve("compliance-report.xlsx"), mobile1)).contains("NEW");

            // the staff work in the workbook: statuses and notes typed in, a row hidden by a filter,
            // saved under another name; some rows copied into a workbook of their own
            try (StaffEdits edits = StaffEdits.open(night1.resolve("compliance-report.xlsx"))) {
                edits.set(mobile1, "处理状态", "已联系").set(mobile1, "备注", "called Mr Chen")
                        .set(expired2, "处理状态", "无需处理").set(expired2, "备注", "domain in transfer")
                        .set(unverified3, "处理状态", "已解决")
                        .hide(unverified3)
                        .lastModifiedBy("王芳")
                        .saveAs(inbox.resolve("合规报告 王芳.xlsx"));
                edits.set(expired7, "处理状态", "Not needed").set(expired7, "备注", "customer renews on 12-01")
                        .setDate(expired7, "复核日期", DAY_2)
                        .set(notFound4, "处理状态", "无需处理").set(notFound4, "备注", "registrar lag")
                        .set(notFound4, "处理人", "李雷");
                edits.copyRowsTo(inbox.resolve("copied rows.xlsx"), List.of(expired7, notFound4, expired12));
            }

            // ---- night 2: the decisions are applied
            assertThat(command.run(input, DAY_2)).isZero();
            Path night2 = command.reports(DAY_2);
            assertThat(inbox.resolve("imported/" + DAY_2 + "/合规报告 王芳.xlsx")).exists();
            assertThat(inbox.resolve("imported/" + DAY_2 + "/copied rows.xlsx")).exists();
            assertThat(inbox.resolve("合规报告 王芳.xlsx")).doesNotExist();
            List<Map<String, String>> imported = CsvFiles.read(night2.resolve("triage-import.csv"));
            assertThat(CsvFiles.project(imported, "file", "finding_id", "outcome", "status", "decided_by"))
                    .containsExactlyInAnyOrder(
                            "合规报告 王芳.xlsx|" + mobile1 + "|applied|contacted|王芳",
                            "合规报告 王芳.xlsx|" + expired2 + "|applied|waived|王芳",
                            "合规报告 王芳.xlsx|" + unverified3 + "|applied|resolved|王芳",
                            "copied rows.xlsx|" + expired7 + "|applied|waived|unknown",
                            "copied rows.xlsx|" + notFound4 + "|applied|waived|李雷");
            assertThat(imported).allSatisfy(r -> assertThat(r.get("reason")).isEmpty());

            List<Map<String, String>> findings2 = CsvFiles.read(night2.resolve("findings.csv"));
            assertThat(status(findings2, mobile1)).isEqualTo("contacted");
            assertThat(status(findings2, expired2)).isEqualTo("waived");
            assertThat(status(findings2, expired7)).isEqualTo("waived");
            assertThat(status(findings2, notFound4)).isEqualTo("waived");
            assertThat(status(findings2, unverified3)).as("resolved, but found again").isEqualTo("pending");
            assertThat(status(findings2, expired12)).isEqualTo("pending");
            assertThat(findings2).hasSameSizeAs(findings1);

            Path workbook2 = night2.resolve("compliance-report.xlsx");
            List<String> unverifiedRow = cellsOf(workbook2, unverified3);
            assertThat(unverifiedRow).contains("REOPENED", "待处理");
            List<String> mobileRow = cellsOf(workbook2, mobile1);
            assertThat(mobileRow).contains("已联系", "called Mr Chen", "王芳", DAY_2.toString());
            try (XSSFWorkbook wb = open(workbook2)) {
                Sheet waived = wb.getSheet("已豁免");
                assertThat(waived).isNotNull();
                assertThat(ids(waived)).containsExactlyInAnyOrder(expired2, expired7, notFound4);
                assertThat(ids(wb.getSheet("域名"))).doesNotContain(expired2, expired7, notFound4).contains(expired12);
                assertThat(cellsOf(workbook2, expired2)).contains("无需处理", "domain in transfer",
                        DAY_2.plusDays(90).toString(), "王芳");
            }
            List<Map<String, String>> contacts2 = CsvFiles.read(night2.resolve("remediation-contacts.csv"));
            assertThat(contacts2).noneMatch(c -> c.get("subject_no").equals(subjectNo(2)));
            Map<String, String> subject1 = contacts2.stream().filter(c -> c.get("subject_no").equals(subjectNo(1)))
                    .findFirst().orElseThrow();
            assertThat(subject1.get("contact_status")).as("one of its two findings contacted").isEqualTo("to_contact");
            JsonNode triage2 = ReportFiles.summary(night2).get("triage");
            assertThat(triage2.get("files").get("imported").asInt()).isEqualTo(2);
            assertThat(triage2.get("rows").get("applied").asInt()).isEqualTo(5);
            assertThat(triage2.get("by_status").get("waived").asInt()).isEqualTo(3);
            assertThat(triage2.get("by_status").get("contacted").asInt()).isEqualTo(1);
            assertThat(triage2.get("waivers_expiring_7d").asInt()).as("expired7, reviewed on " + DAY_2).isEqualTo(1);
            assertThat(ReportFiles.summary(night2).get("findings").get("total").asInt())
                    .as("waived findings still count").isEqualTo(findings1.size());

            // the contact team marks subject 1 contacted in the contact list; an older workbook (night 1's)
            // comes back with a change to a finding night 2's import decided: a conflict
            try (StaffEdits contacts = StaffEdits.open(night2.resolve("remediation-contacts.xlsx"))) {
                contacts.setWhere("待联系主体", "主体备案号", subjectNo(1), "联系状态", "已联系")
                        .saveAs(inbox.resolve("contacts.xlsx"));
            }
            try (StaffEdits old = StaffEdits.open(night1.resolve("compliance-report.xlsx"))) {
                old.set(expired2, "处理状态", "已解决").saveAs(inbox.resolve("old copy.xlsx"));
            }
            // and the rules change: DOMAIN_NOT_FOUND becomes HIGH, so its waiver no longer fits
            Path config = dir.resolve("config.yml");
            Files.writeString(config, Files.readString(Path.of("jobs/nightly-compliance.yml"))
                    .replace("DOMAIN_NOT_FOUND:       { severity: MEDIUM", "DOMAIN_NOT_FOUND:       { severity: HIGH"));

            // ---- night 3
            assertThat(command.run(input, DAY_3, "--config=" + config)).isZero();
            Path night3 = command.reports(DAY_3);
            List<Map<String, String>> imported3 = CsvFiles.read(night3.resolve("triage-import.csv"));
            assertThat(CsvFiles.project(imported3, "file", "finding_id", "outcome", "status"))
                    .contains("old copy.xlsx|" + expired2 + "|conflict|resolved",
                            "contacts.xlsx|" + mobile1 + "|applied|contacted");
            List<Map<String, String>> findings3 = CsvFiles.read(night3.resolve("findings.csv"));
            assertThat(status(findings3, expired2)).as("the conflict kept the waiver").isEqualTo("waived");
            assertThat(status(findings3, expired7)).as("its review-by passed").isEqualTo("pending");
            assertThat(status(findings3, notFound4)).as("its severity changed").isEqualTo("pending");
            assertThat(cellsOf(night3.resolve("compliance-report.xlsx"), expired7))
                    .contains("EXPIRED", "customer renews on 12-01");
            assertThat(cellsOf(night3.resolve("compliance-report.xlsx"), notFound4)).contains("CHANGED", "registrar lag");
            assertThat(cellsOf(night3.resolve("compliance-report.xlsx"), unverified3)).contains("REOPENED");
            Map<String, String> contacted = CsvFiles.read(night3.resolve("remediation-contacts.csv")).stream()
                    .filter(c -> c.get("subject_no").equals(subjectNo(1))).findFirst().orElseThrow();
            assertThat(contacted.get("contact_status")).isEqualTo("contacted");
            assertThat(contacted.get("last_contacted_on")).isEqualTo(DAY_3.toString());

            // the audit trail keeps every decision, the earlier ones too
            assertThat(database.jdbc().queryForList(
                    "SELECT STATUS FROM ICP_DECISION_AUDIT WHERE FINDING_ID = ? ORDER BY REVISION", String.class, mobile1))
                    .containsExactly("contacted", "contacted");
            assertThat(database.jdbc().queryForObject(
                    "SELECT COUNT(*) FROM ICP_DECISION_AUDIT WHERE SOURCE_FILE = '合规报告 王芳.xlsx' AND RUN_DATE = ?",
                    Integer.class, DAY_2)).isEqualTo(3);
        }
    }

    /**
     * The Resolved sheet starts each row with the finding id, as text, as every finding row of the
     * workbook does (triage.md, Finding id): the ids of night 1's findings that night 2 no longer finds.
     * A workbook returned with that sheet unedited changes nothing.
     */
    @Test
    void theResolvedSheetStartsWithTheFindingId() throws Exception {
        Path input1 = TestExport.dayOne().writeTo(dir.resolve("input-1"));
        Path input2 = TestExport.dayTwo().writeTo(dir.resolve("input-2"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(input1, DAY_1)).isZero();
            assertThat(command.run(input2, DAY_2)).isZero();
            List<Map<String, String>> findings1 = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            List<String> tonight = CsvFiles.read(command.reports(DAY_2).resolve("findings.csv")).stream()
                    .map(f -> f.get("finding_id")).toList();
            List<Map<String, String>> gone = findings1.stream().filter(f -> !tonight.contains(f.get("finding_id")))
                    .toList();
            // subject 1's two mobiles fixed, subject 2's domain renewed, subject 5 (two findings) gone
            assertThat(gone).hasSize(5);
            List<String> goneIds = new ArrayList<>();
            for (Map<String, String> f : gone) {
                assertThat(f.get("finding_id")).isEqualTo(cn.icpcheck.rules.FindingId.of(f.get("rule"),
                        f.get("subject_no"), f.get("service_no"), f.get("object")));
                goneIds.add(f.get("finding_id"));
            }
            Path workbook2 = command.reports(DAY_2).resolve("compliance-report.xlsx");
            try (XSSFWorkbook wb = open(workbook2)) {
                Sheet resolved = wb.getSheet("已解决");
                assertThat(resolved).isNotNull();
                Row header = resolved.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("严重程度");
                assertThat(resolved.getColumnWidth(0)).as("as wide as the family sheets' id column")
                        .isEqualTo(wb.getSheet("域名").getColumnWidth(0));
                assertThat(ids(resolved)).containsExactlyInAnyOrderElementsOf(goneIds);
                for (Row row : resolved) {
                    assertThat(row.getCell(0).getCellType()).as("the id as text")
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                }
                String mobile1 = id(findings1, "CONTACT_MOBILE_INVALID", 1, "subject_principal");
                assertThat(cellsOf(workbook2, mobile1)).as("the resolved finding's row")
                        .startsWith(mobile1).contains(subjectNo(1), DAY_1.toString());
            }

            // the workbook comes back unedited, its Resolved sheet too: nothing applied, nothing rejected
            Files.createDirectories(command.inbox());
            Files.copy(workbook2, command.inbox().resolve("returned.xlsx"));
            assertThat(command.run(input2, DAY_3)).isZero();
            assertThat(command.inbox().resolve("imported/" + DAY_3 + "/returned.xlsx")).exists();
            assertThat(CsvFiles.read(command.reports(DAY_3).resolve("triage-import.csv"))).isEmpty();
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_DECISION_AUDIT", Integer.class)).isZero();
        }
    }

    /**
     * A workbook whose rows lost what they were written with (the hidden written_status cells cleared)
     * is read as rows copied without those columns: a row changes only what differs from the decision
     * that stands, so the rows the staff did not touch change nothing and leave no trace in the audit.
     */
    @Test
    void rowsThatLostWhatTheyWereWrittenWithChangeOnlyWhatDiffers() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(input, DAY_1)).isZero();
            List<Map<String, String>> findings1 = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            String expired2 = id(findings1, "DOMAIN_EXPIRED", 2, null);
            try (StaffEdits edits = StaffEdits.open(command.reports(DAY_1).resolve("compliance-report.xlsx"))) {
                edits.clearColumn("written_status").retype(expired2, "处理状态", "已解决").lastModifiedBy("李娜")
                        .saveAs(command.inbox().resolve("cleared.xlsx"));
            }

            assertThat(command.run(input, DAY_2)).isZero();

            assertThat(CsvFiles.project(CsvFiles.read(command.reports(DAY_2).resolve("triage-import.csv")),
                    "finding_id", "outcome", "status", "decided_by"))
                    .containsExactly(expired2 + "|applied|resolved|李娜");
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM ICP_DECISION_AUDIT", Integer.class)).isEqualTo(1);
        }
    }

    /**
     * A workbook saved by a library that leaves out the optional row and cell references ({@code r}) is
     * read as Excel reads it: each row after the one before, each cell after the one before in its row.
     */
    @Test
    void aWorkbookWithoutCellReferencesIsImported() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            assertThat(command.run(input, DAY_1)).isZero();
            List<Map<String, String>> findings1 = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            String expired7 = id(findings1, "DOMAIN_EXPIRED", 7, null);
            String mobile1 = id(findings1, "CONTACT_MOBILE_INVALID", 1, "subject_principal");
            Path saved = command.inbox().resolve("no references.xlsx");
            try (StaffEdits edits = StaffEdits.open(command.reports(DAY_1).resolve("compliance-report.xlsx"))) {
                edits.retype(expired7, "处理状态", "已联系").retype(expired7, "备注", "renewal promised")
                        .retype(mobile1, "处理状态", "已解决").lastModifiedBy("赵敏")
                        .saveWithoutReferences(saved);
            }
            try (ZipFile zip = new ZipFile(saved.toFile())) {
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(sheet).as("the sheet as such a writer leaves it").contains("<row").doesNotContain(" r=\"");
            }

            assertThat(command.run(input, DAY_2)).isZero();

            assertThat(CsvFiles.project(CsvFiles.read(command.reports(DAY_2).resolve("triage-import.csv")),
                    "finding_id", "outcome", "status", "decided_by"))
                    .containsExactlyInAnyOrder(expired7 + "|applied|contacted|赵敏", mobile1 + "|applied|resolved|赵敏");
            List<Map<String, String>> findings2 = CsvFiles.read(command.reports(DAY_2).resolve("findings.csv"));
            assertThat(status(findings2, expired7)).isEqualTo("contacted");
        }
    }

    static String id(List<Map<String, String>> findings, String rule, int subject, String object) {
        return findings.stream().filter(f -> f.get("rule").equals(rule) && f.get("subject_no").equals(subjectNo(subject))
                        && (object == null || f.get("object").equals(object)))
                .map(f -> f.get("finding_id")).findFirst().orElseThrow(() -> new AssertionError(rule + " " + subject));
    }

    static String status(List<Map<String, String>> findings, String id) {
        return findings.stream().filter(f -> f.get("finding_id").equals(id)).map(f -> f.get("status")).findFirst()
                .orElseThrow();
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cells, as text, of the row of a finding on any sheet of a workbook. */
    static List<String> cellsOf(Path workbook, String id) throws Exception {
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb = open(workbook)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    if (row.getCell(0) != null && text.formatCellValue(row.getCell(0)).equals(id)) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                                ? c.getLocalDateTimeCellValue().toLocalDate().toString() : text.formatCellValue(c)));
                        return cells;
                    }
                }
            }
        }
        throw new AssertionError("no row for " + id + " in " + workbook);
    }

    static List<String> ids(Sheet sheet) {
        List<String> ids = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                ids.add(row.getCell(0).getStringCellValue());
            }
        }
        return ids;
    }
}
