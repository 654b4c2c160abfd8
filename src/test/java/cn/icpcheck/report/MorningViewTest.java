package cn.icpcheck.report;

import cn.icpcheck.history.Night;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.TriageStatus;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.icpcheck.report.ReportFixtures.PROVINCES;
import static cn.icpcheck.report.ReportFixtures.RUN_DATE;
import static cn.icpcheck.report.ReportFixtures.finding;
import static cn.icpcheck.report.ReportFixtures.rows;
import static cn.icpcheck.report.ReportFixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning view on the summary sheet (triage.md): native charts of the last 30 nights, drawn by the
 * spreadsheet program from a table on the sheet, the counts by status and the waivers expiring soon;
 * the summary a regular sheet of the same workbook as the streamed family sheets.
 */
class MorningViewTest {

    private static final Finding EXPIRED = finding(RuleCode.DOMAIN_EXPIRED, "浙ICP备16023518号", "浙ICP备16023518号-1",
            "a.com", LocalDate.of(2026, 10, 12), "域名已过期");
    private static final Finding NOT_FOUND = finding(RuleCode.DOMAIN_NOT_FOUND, "浙ICP备16023518号",
            "浙ICP备16023518号-1", "b.com", null, "域名不在注册商数据中");
    private static final Finding EMPTY = finding(RuleCode.EMPTY_SERVICE_LIST, "浙ICP备12008765号", "", "", null, "空壳");

    @Test
    void theSummaryDrawsTheLastNightsAsChartsAndListsWaiversExpiringSoon() throws Exception {
        List<Finding> findings = List.of(EXPIRED, NOT_FOUND, EMPTY);
        List<FindingTriage> triage = List.of(
                new FindingTriage(FindingId.of(EXPIRED.key()), new Decision(TriageStatus.WAIVED, "in transfer",
                        RUN_DATE.plusDays(3), "王芳", RUN_DATE, 4), null, true, RUN_DATE),
                new FindingTriage(FindingId.of(NOT_FOUND.key()), new Decision(TriageStatus.WAIVED, "registrar lag",
                        RUN_DATE.plusDays(60), "王芳", RUN_DATE, 5), null, true, RUN_DATE),
                new FindingTriage(FindingId.of(EMPTY.key()), Decision.NONE, null, false, RUN_DATE));
        List<Night> nights = List.of(night(RUN_DATE.minusDays(2), 4, 3, 0), night(RUN_DATE.minusDays(1), 5, 2, 1));
        WorkbookContent content = new WorkbookContent(RUN_DATE, new EnumMap<>(ExportFile.class), List.of(), findings,
                triage, Trend.firstRun(Map.of(EXPIRED.key(), RUN_DATE, NOT_FOUND.key(), RUN_DATE, EMPTY.key(), RUN_DATE)),
                List.of(), nights);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook(zh(), PROVINCES).write(out, content);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet summary = wb.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("概览");
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            var open = charts.get(0).getCTChart().getPlotArea();
            assertThat(open.getLineChartArray()).hasSize(1);
            assertThat(open.getLineChartArray(0).getSerArray()).hasSize(Severity.values().length);
            var change = charts.get(1).getCTChart().getPlotArea();
            assertThat(change.getBarChartArray()).hasSize(1);
            assertThat(change.getBarChartArray(0).getSerArray()).hasSize(2);
            // the charts read the table of nights: two earlier nights and this one
            String categories = open.getLineChartArray(0).getSerArray(0).getCat().getStrRef().getF();
            List<List<String>> rows = rows(summary);
            int header = rowOf(rows, "日期");
            assertThat(rows.get(header)).containsExactly("日期", "严重", "高", "中", "低", "提示", "新发现", "已解决");
            assertThat(rows.get(header + 1)).containsExactly("2026-11-28", "4", "0", "0", "0", "0", "3", "0");
            assertThat(rows.get(header + 3)).containsExactly("2026-11-30", "1", "1", "1", "0", "0", "3", "0");
            var range = org.apache.poi.ss.util.AreaReference.isContiguous(categories)
                    ? new org.apache.poi.ss.util.AreaReference(categories, wb.getSpreadsheetVersion()) : null;
            assertThat(range).isNotNull();
            assertThat(range.getLastCell().getRow() - range.getFirstCell().getRow()).isEqualTo(2);
            assertThat(summary.getRow(range.getFirstCell().getRow()).getCell(0).getStringCellValue()).isEqualTo("2026-11-28");
            assertThat(summary.getRow(range.getLastCell().getRow()).getCell(0).getStringCellValue()).isEqualTo("2026-11-30");

            int status = rowOf(rows, "按处理状态");
            assertThat(rows.subList(status + 2, status + 6)).containsExactly(List.of("待处理", "1"),
                    List.of("已联系", "0"), List.of("已解决", "0"), List.of("无需处理", "2"));
            int waivers = rowOf(rows, "7 天内到期的豁免");
            assertThat(rows.get(waivers + 2)).startsWith(FindingId.of(EXPIRED.key()), "域名已过期");
            assertThat(rows.get(waivers + 3)).isNotEqualTo(List.of()).doesNotContain(FindingId.of(NOT_FOUND.key()));

            // the waived findings are on their own sheet, not on the family sheet
            assertThat(wb.getSheet("已豁免").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("域名")).isNull();
            assertThat(wb.getSheet("服务").getLastRowNum()).isOne();
        }
    }

    private static Night night(LocalDate date, int critical, int newFindings, int resolved) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        counts.put(Severity.CRITICAL, critical);
        return new Night(date, counts, newFindings, resolved);
    }

    private static int rowOf(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row " + first);
    }
}
