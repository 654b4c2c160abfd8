package cn.icpcheck.report;

import cn.icpcheck.history.ResolvedFinding;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.RejectReason;
import cn.icpcheck.input.RejectedRow;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.FindingSort;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.icpcheck.report.ReportFixtures.PROVINCES;
import static cn.icpcheck.report.ReportFixtures.RUN_DATE;
import static cn.icpcheck.report.ReportFixtures.en;
import static cn.icpcheck.report.ReportFixtures.finding;
import static cn.icpcheck.report.ReportFixtures.rows;
import static cn.icpcheck.report.ReportFixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplianceWorkbookTest {

    private static final String SUBJECT = "浙ICP备16023518号";
    private static final String SERVICE = "浙ICP备16023518号-1";
    private static final LocalDate EXPIRED_ON = LocalDate.of(2026, 10, 12);

    private static final Finding EXPIRED = finding(RuleCode.DOMAIN_EXPIRED, SUBJECT, SERVICE,
            "xn--fsqu00a.xn--fiqs8s", EXPIRED_ON, "域名已于 2026-10-12 到期（已过 49 天）");
    private static final Finding EXPIRING = finding(RuleCode.DOMAIN_EXPIRING_SOON, SUBJECT, SERVICE,
            "yunzhan-cloud.com", LocalDate.of(2027, 1, 5), "域名于 2027-04-05 到期，剩余 126 天");
    private static final Finding EMPTY = finding(RuleCode.EMPTY_SERVICE_LIST, "浙ICP备12008765号", "", "", null,
            "主体下没有正常状态的网站或App");
    private static final Finding ID = finding(RuleCode.ID_NUMBER_INVALID, SUBJECT, "", "subject_principal", null,
            "主体负责人证件号码 330***********0313 校验位错误");
    private static final Finding ORDER = finding(RuleCode.ORDER_IN_PROGRESS, SUBJECT, "", "BA2026111901120", null,
            "订单 BA2026111901120（变更网站）初审中，提交于 2026-11-19");
    /** A holder name from the export that a spreadsheet would run as a formula. */
    private static final Finding FORMULA = new Finding(RuleCode.CONTACT_EMAIL_INVALID, Severity.LOW,
            "1873402956610021", "粤", "粤ICP备14056789号", "", "subject_principal", null,
            "主体负责人电子邮箱“x@”格式不正确", "=HYPERLINK(\"http://evil.example\",\"点击\")", "");

    private static final List<Finding> FINDINGS = sorted(EXPIRED, EXPIRING, EMPTY, ID, ORDER, FORMULA);

    private static final ResolvedFinding RESOLVED = new ResolvedFinding(
            FindingId.of(RuleCode.DOMAIN_NOT_VERIFIED.name(), SUBJECT, SERVICE, "yunzhan.cn"),
            RuleCode.DOMAIN_NOT_VERIFIED, Severity.HIGH, "1873402956610021", "浙", SUBJECT, SERVICE, "yunzhan.cn", null, "域名 yunzhan.cn 未通过实名认证",
            LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));

    private static final List<RejectedRow> REJECTS = List.of(
            new RejectedRow(ExportFile.SUBJECTS, 33, "province", "华东", RejectReason.UNKNOWN_PROVINCE, ""),
            new RejectedRow(ExportFile.SERVICES, 72, "", "", RejectReason.WRONG_FIELD_COUNT, "expected 14, found 13"),
            new RejectedRow(ExportFile.DOMAINS, 9, "registrant_name", "=1+2", RejectReason.MISSING_VALUE, ""));

    @TempDir
    Path dir;

    // ---- sheets -----------------------------------------------------------------------------

    @Test
    void sheetsComeInTheOrderOfTheContractInChinese() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(sheetNames(wb)).containsExactly("概览", "域名", "服务", "证件", "订单", "联系方式", "已解决", "被拒绝的行");
        }
    }

    @Test
    void englishSheetNamesHaveNoChinese() throws IOException {
        try (XSSFWorkbook wb = write(en(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Domains", "Services", "Identity documents",
                    "Orders", "Contacts", "Resolved", "Rejected rows");
            assertThat(sheetNames(wb)).noneMatch(name -> name.codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        }
    }

    @Test
    void aFamilySheetHasTheColumnsOfTheContractAndThoseOfTheStaffsDecision() throws IOException {
        try (XSSFWorkbook zh = write(zh(), content(FINDINGS, firstRun(FINDINGS)));
             XSSFWorkbook en = write(en(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(rows(zh.getSheet("域名")).get(0)).containsExactly("编号", "严重程度", "问题", "客户ID", "省份",
                    "主体备案号", "主办单位", "服务备案号", "服务名称", "对象", "截止日期", "剩余天数", "首次发现",
                    "已持续天数", "详情", "处理建议", "跟进", "处理状态", "备注", "复核日期", "处理人", "处理时间",
                    "written_status", "written_note", "written_review_by", "written_decided_by", "written_revision");
            assertThat(rows(en.getSheet("Domains")).get(0)).containsExactly("Finding ID", "Severity", "Issue", "Customer",
                    "Province", "Subject number", "Holder", "Service number", "Service name", "Object", "Deadline",
                    "Days left", "First seen", "Days open", "Detail", "Action", "Follow-up", "Status", "Note",
                    "Review by", "Decided by", "Decided on", "written_status", "written_note", "written_review_by",
                    "written_decided_by", "written_revision");
        }
    }

    @Test
    void eachFamilySheetHoldsEveryFindingOfItsFamilyInTheOrderOfFindingsCsv() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            Sheet domains = wb.getSheet("域名");
            assertThat(domains.getLastRowNum()).isEqualTo(2);
            assertThat(rows(domains).get(1)).startsWith(FindingId.of(EXPIRED.key()), "严重", "域名已过期", "1873402956610021", "浙江",
                    SUBJECT, "杭州云栈科技有限公司", SERVICE, "云栈官网", "xn--fsqu00a.xn--fiqs8s（例子.中国）");
            assertThat(rows(domains).get(2).get(9)).isEqualTo("yunzhan-cloud.com");
            assertThat(domains.getRow(1).getCell(0).getCellType()).as("the id is text").isEqualTo(CellType.STRING);
            assertThat(domains.getRow(2).getCell(0).getStringCellValue()).isEqualTo(FindingId.of(EXPIRING.key()));
            assertThat(wb.getSheet("服务").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("证件").getLastRowNum()).isEqualTo(1);
            assertThat(rows(wb.getSheet("证件")).get(1).get(9)).isEqualTo("主体负责人");
            assertThat(wb.getSheet("订单").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("联系方式").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void deadlinesAreDateCellsAndDaysLeftNumbers() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            Row expired = wb.getSheet("域名").getRow(1);
            Cell deadline = expired.getCell(10);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(EXPIRED_ON);
            assertThat(expired.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(expired.getCell(11).getNumericCellValue()).isEqualTo(-49);

            Row empty = wb.getSheet("服务").getRow(1);
            assertThat(empty.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void firstSeenAndDaysOpenComeFromTheTrend() throws IOException {
        Map<FindingKey, LocalDate> firstSeen = new HashMap<>();
        FINDINGS.forEach(f -> firstSeen.put(f.key(), RUN_DATE));
        firstSeen.put(EXPIRED.key(), LocalDate.of(2026, 11, 1));
        Trend trend = new Trend(LocalDate.of(2026, 11, 29), FINDINGS.size() - 1, 1, firstSeen, List.of(RESOLVED));
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, trend))) {
            Row expired = wb.getSheet("域名").getRow(1);
            assertThat(expired.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(expired.getCell(13).getNumericCellValue()).isEqualTo(29);
            assertThat(wb.getSheet("域名").getRow(2).getCell(13).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theStaffStatusIsADropDownListDefaultingToItsFirstChoice() throws IOException {
        try (XSSFWorkbook zh = write(zh(), content(FINDINGS, firstRun(FINDINGS)));
             XSSFWorkbook en = write(en(), content(FINDINGS, firstRun(FINDINGS)))) {
            XSSFSheet domains = zh.getSheet("域名");
            List<? extends DataValidation> validations = domains.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation status = validations.get(0);
            assertThat(status.getValidationConstraint().getExplicitListValues())
                    .containsExactly("待处理", "已联系", "已解决", "无需处理");
            assertThat(status.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(1, 2, 17, 17));
            assertThat(status.getShowErrorBox()).isTrue();
            assertThat(rows(domains).subList(1, 3)).allSatisfy(row -> assertThat(row.get(17)).isEqualTo("待处理"));
            assertThat(en.getSheet("Domains").getDataValidations().get(0).getValidationConstraint()
                    .getExplicitListValues()).containsExactly("Pending", "Contacted", "Resolved", "Not needed");
        }
    }

    @Test
    void everySheetHasItsHeaderFrozenAndRepeatedAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
                assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
            }
        }
    }

    @Test
    void everyTableHasAnAutoFilterOverItsRows() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(wb.getSheet("域名").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V3");
            assertThat(wb.getSheet("服务").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V2");
            assertThat(wb.getSheet("已解决").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L1");
            assertThat(wb.getSheet("被拒绝的行").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
            // the summary filters its main table, the families by severity (the total row stays out)
            String ref = wb.getSheet("概览").getCTWorksheet().getAutoFilter().getRef();
            int header = wb.getSheet("概览").getRow(Integer.parseInt(ref.replaceAll("^A(\\d+):.*", "$1")) - 1)
                    .getRowNum();
            assertThat(wb.getSheet("概览").getRow(header).getCell(0).getStringCellValue()).isEqualTo("类别");
            assertThat(ref).endsWith("G" + (header + 1 + cn.icpcheck.rules.Family.values().length));
        }
    }

    @Test
    void columnWidthsAreSetForChineseText() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            Sheet domains = wb.getSheet("域名");
            assertThat(domains.getColumnWidth(14)).isEqualTo(40 * 256); // detail
            assertThat(domains.getColumnWidth(5)).isEqualTo(21 * 256);  // 浙ICP备2021034567号 fits
            for (Sheet sheet : wb) {
                assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isNotEqualTo(sheet.getDefaultColumnWidth() * 256);
            }
        }
    }

    @Test
    void severityIsShownByColour() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            XSSFCellStyle critical = wb.getSheet("域名").getRow(1).getCell(1).getCellStyle();
            XSSFCellStyle low = wb.getSheet("域名").getRow(2).getCell(1).getCellStyle();
            assertThat(critical.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FF8B1A1A");
            assertThat(critical.getFont().getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
            assertThat(low.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFF2CC");
        }
    }

    @Test
    void textFromTheDataNeverRunsAsAFormula() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(rows(wb.getSheet("联系方式")).get(1).get(6)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
            assertThat(rows(wb.getSheet("被拒绝的行")).get(3).get(3)).isEqualTo("'=1+2");
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void cellStylesAreSharedNotMadePerCell() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(finding(RuleCode.DOMAIN_NOT_FOUND, SUBJECT, SERVICE, "d" + i + ".com", null, "域名无记录"));
        }
        try (XSSFWorkbook few = write(zh(), content(FINDINGS, firstRun(FINDINGS)));
             XSSFWorkbook lots = write(zh(), content(sorted(many.toArray(Finding[]::new)), firstRun(many)))) {
            assertThat(lots.getNumCellStyles()).isEqualTo(few.getNumCellStyles()).isLessThan(30);
        }
    }

    // ---- the row limit ------------------------------------------------------------------------

    @Test
    void aFamilyPastTheRowLimitContinuesOnFurtherSheets() throws IOException {
        List<Finding> domains = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            domains.add(finding(RuleCode.DOMAIN_NOT_FOUND, SUBJECT, SERVICE, "d" + i + ".com", null, "域名无记录"));
        }
        domains.add(EMPTY);
        List<Finding> sorted = sorted(domains.toArray(Finding[]::new));
        try (XSSFWorkbook zh = write(zh(), content(sorted, firstRun(sorted)), 5);
             XSSFWorkbook en = write(en(), content(sorted, firstRun(sorted)), 5)) {
            assertThat(sheetNames(zh)).containsExactly("概览", "域名", "域名 (2)", "域名 (3)", "服务", "已解决", "被拒绝的行");
            assertThat(sheetNames(en)).containsExactly("Summary", "Domains", "Domains (2)", "Domains (3)", "Services",
                    "Resolved", "Rejected rows");
            assertThat(zh.getSheet("域名").getLastRowNum()).isEqualTo(4);
            assertThat(zh.getSheet("域名 (2)").getLastRowNum()).isEqualTo(4);
            assertThat(zh.getSheet("域名 (3)").getLastRowNum()).isEqualTo(1);
            assertThat(rows(zh.getSheet("域名 (2)")).get(0).get(0)).isEqualTo("编号");
            assertThat(rows(zh.getSheet("域名 (2)")).get(1).get(9)).isEqualTo("d5.com");
            assertThat(rows(zh.getSheet("域名 (3)")).get(1).get(9)).isEqualTo("d9.com");
            for (String name : List.of("域名", "域名 (2)", "域名 (3)")) {
                XSSFSheet sheet = zh.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(sheet.getDataValidations()).hasSize(1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
        }
    }

    @Test
    void aSheetHoldsAtMostExcelsRowLimit() {
        assertThatThrownBy(() -> new ComplianceWorkbook(zh(), PROVINCES, ComplianceWorkbook.EXCEL_ROW_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ComplianceWorkbook.EXCEL_ROW_LIMIT).isEqualTo(1_048_576);
    }

    // ---- summary, resolved, rejects ----------------------------------------------------------

    @Test
    void theSummaryShowsInputsSkippedRulesTheMatrixProvincesAndNoEarlierRun() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            List<List<String>> summary = rows(wb.getSheet("概览"));
            assertThat(summary.get(0).get(0)).isEqualTo("ICP 备案合规检查报告  2026-11-30");
            assertThat(summary).contains(
                    List.of("运行日期", "2026-11-30"),
                    List.of("发现总数", "6"),
                    List.of("subjects.csv", "62", "2"),
                    List.of("instances.csv", "未提供", ""),
                    List.of("服务无接入实例", "未提供 instances.csv"),
                    List.of("类别", "严重", "高", "中", "低", "提示", "合计"),
                    List.of("域名", "1", "0", "0", "1", "0", "2"),
                    List.of("合计", "1", "1", "1", "2", "1", "6"),
                    List.of("浙江", "1", "1", "1", "1", "1", "5"),
                    List.of("广东", "0", "0", "0", "1", "0", "1"),
                    List.of("上次完成的运行", "无更早的完成运行，本次发现均为新发现"),
                    List.of("新发现", "6"),
                    List.of("仍未解决", "0"),
                    List.of("已解决", "0"));
            int provinces = summary.indexOf(List.of("省份", "严重", "高", "中", "低", "提示", "合计"));
            assertThat(summary.get(provinces + 1).get(0)).isEqualTo("浙江");
        }
    }

    @Test
    void theSummaryComparesWithTheLastCompletedRun() throws IOException {
        Map<FindingKey, LocalDate> firstSeen = new HashMap<>();
        FINDINGS.forEach(f -> firstSeen.put(f.key(), RUN_DATE));
        Trend trend = new Trend(LocalDate.of(2026, 11, 29), 4, 2, firstSeen, List.of(RESOLVED));
        try (XSSFWorkbook wb = write(en(), content(FINDINGS, trend))) {
            assertThat(rows(wb.getSheet("Summary"))).contains(
                    List.of("Last completed run", "2026-11-29"),
                    List.of("New", "4"),
                    List.of("Still open", "2"),
                    List.of("Resolved", "1"));
            assertThat(rows(wb.getSheet("Resolved"))).containsExactly(
                    List.of("Finding ID", "Severity", "Issue", "Customer", "Province", "Subject number", "Service number",
                            "Object", "Deadline", "First seen", "Last seen", "Detail"),
                    List.of(RESOLVED.findingId(), "High", "Domain not real-name verified", "1873402956610021", "Zhejiang", SUBJECT, SERVICE,
                            "yunzhan.cn", "", "2026-11-02", "2026-11-29", "域名 yunzhan.cn 未通过实名认证"));
        }
    }

    @Test
    void theRejectedRowsSayWhyInTheRunsLanguage() throws IOException {
        try (XSSFWorkbook wb = write(zh(), content(FINDINGS, firstRun(FINDINGS)))) {
            assertThat(rows(wb.getSheet("被拒绝的行"))).containsExactly(
                    List.of("文件", "行号", "列", "值", "原因"),
                    List.of("subjects.csv", "33", "province", "华东", "无法识别的省份"),
                    List.of("services.csv", "72", "", "", "字段数不对: expected 14, found 13"),
                    List.of("domains.csv", "9", "registrant_name", "'=1+2", "缺少必填值"));
        }
    }

    @Test
    void theFileAppearsWholeUnderItsName() throws IOException {
        Path target = dir.resolve("2026-11-30").resolve(ComplianceWorkbook.FILE_NAME);
        new ComplianceWorkbook(zh(), PROVINCES).write(target, content(FINDINGS, firstRun(FINDINGS)));
        assertThat(Files.list(target.getParent())).containsExactly(target);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
        }
    }

    @Test
    void aSheetOfManyMegabytesComesBackWholeThroughTheFileAndItsTemporarySheet() throws IOException {
        // some 8 MB of sheet XML and a file of several hundred KB: more than the buffers the temporary
        // sheet is written and read back through, and than the file's own
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 8_000; i++) {
            many.add(finding(RuleCode.DOMAIN_NOT_FOUND, SUBJECT, SERVICE, "d" + i + ".例子.中国", null, "域名无记录 " + i));
        }
        List<Finding> sorted = sorted(many.toArray(Finding[]::new));
        Path target = dir.resolve(ComplianceWorkbook.FILE_NAME);
        new ComplianceWorkbook(zh(), PROVINCES).write(target, content(sorted, firstRun(sorted)));

        assertThat(Files.size(target)).isGreaterThan(256 * 1024);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            Sheet domains = wb.getSheet("域名");
            assertThat(domains.getLastRowNum()).isEqualTo(8_000);
            for (int row = 1; row <= 8_000; row++) {
                assertThat(domains.getRow(row).getCell(0).getStringCellValue())
                        .isEqualTo(FindingId.of(sorted.get(row - 1).key()));
                assertThat(domains.getRow(row).getCell(9).getStringCellValue()).isEqualTo(sorted.get(row - 1).object());
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    static List<Finding> sorted(Finding... findings) {
        List<Finding> list = new ArrayList<>(List.of(findings));
        list.sort(FindingSort.REPORT_ORDER);
        return list;
    }

    static Trend firstRun(List<Finding> findings) {
        Map<FindingKey, LocalDate> firstSeen = new HashMap<>();
        findings.forEach(f -> firstSeen.put(f.key(), RUN_DATE));
        return Trend.firstRun(firstSeen);
    }

    static WorkbookContent content(List<Finding> findings, Trend trend) {
        Map<ExportFile, RunSummary.InputCount> inputs = new EnumMap<>(ExportFile.class);
        inputs.put(ExportFile.SUBJECTS, new RunSummary.InputCount(true, 62, 2));
        inputs.put(ExportFile.SERVICES, new RunSummary.InputCount(true, 75, 1));
        inputs.put(ExportFile.DOMAINS, new RunSummary.InputCount(true, 70, 0));
        inputs.put(ExportFile.INSTANCES, new RunSummary.InputCount(false, 0, 0));
        inputs.put(ExportFile.ORDERS, new RunSummary.InputCount(true, 26, 0));
        List<SkippedRule> skipped = List.of(new SkippedRule(RuleCode.NO_ACCESS_INSTANCE, ExportFile.INSTANCES),
                new SkippedRule(RuleCode.INSTANCE_STALE, ExportFile.INSTANCES),
                new SkippedRule(RuleCode.INSTANCE_OTHER_ACCOUNT, ExportFile.INSTANCES));
        List<FindingTriage> triage = findings.stream()
                .map(f -> new FindingTriage(FindingId.of(f.key()), Decision.NONE, null, false,
                        trend.firstSeen().get(f.key()))).toList();
        return new WorkbookContent(RUN_DATE, inputs, skipped, findings, triage, trend, REJECTS);
    }

    static XSSFWorkbook write(Messages messages, WorkbookContent content) throws IOException {
        return write(messages, content, ComplianceWorkbook.EXCEL_ROW_LIMIT);
    }

    static XSSFWorkbook write(Messages messages, WorkbookContent content, int rowLimit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook(messages, PROVINCES, rowLimit).write(out, content);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
