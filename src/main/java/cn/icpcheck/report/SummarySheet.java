package cn.icpcheck.report;

import cn.icpcheck.history.Night;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.TriageStatus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sheet, a regular (not streamed) sheet so that it can hold charts: the run date and
 * totals, the input files, the rules skipped and why, the findings by family and severity, the
 * provinces with most findings, the change since the last completed run, the findings by the
 * staff's status, the waivers that expire within 7 days, and the morning view: the findings of the
 * last 30 completed nights by severity and the new and resolved of each, drawn as charts. Its first row, the title, is frozen and printed on every page. Like every
 * sheet it has an auto-filter: over its main table, the findings by family and severity (a sheet
 * holds one filter; the other blocks are too short to need one).
 */
final class SummarySheet {

    private static final int TOP_PROVINCES = 10;
    /** A wide first column for the labels, then one for each severity and the total (and one more for the nights). */
    private static final int[] WIDTHS = {36, 14, 14, 14, 14, 14, 14, 14};
    /** The charts, right of the tables: first column, width and height in cells. */
    private static final int CHART_COLUMN = WIDTHS.length + 1;
    private static final int CHART_WIDTH = 12;
    private static final int CHART_HEIGHT = 20;

    private final StreamedWorkbook.RegularContext ctx;
    private final WorkbookLabels l;
    private Sheet sheet;
    private int nextRow;

    SummarySheet(StreamedWorkbook.RegularContext ctx) {
        this.ctx = ctx;
        this.l = ctx.labels();
    }

    void write(WorkbookContent c) {
        sheet = ctx.workbook().createSheet(l.get("sheet.summary"));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Row title = sheet.createRow(nextRow++);
        title.setHeightInPoints(30);
        title.createCell(0).setCellValue(l.get("summary.title") + "  " + c.runDate());
        title.getCell(0).setCellStyle(ctx.styles().title());
        sheet.createFreezePane(0, 1);
        ctx.print().apply(sheet);

        nextRow++;
        row().label(l.get("summary.run_date")).date(c.runDate());
        row().label(l.get("summary.total_findings")).count(c.findings().size());
        row().label(l.get("summary.total_rejects")).count(c.rejects().size());

        inputs(c.inputs());
        skipped(c.skippedRules());
        byFamily(c.findings());
        byProvince(c.findings());
        trend(c);
        byStatus(c);
        waiversExpiring(c);
        nights(c);
    }

    private void byStatus(WorkbookContent c) {
        Map<TriageStatus, Long> counts = new EnumMap<>(TriageStatus.class);
        for (TriageStatus s : TriageStatus.values()) {
            counts.put(s, 0L);
        }
        c.triage().forEach(t -> counts.merge(t.decision().status(), 1L, Long::sum));
        heading("summary.by_status");
        row().header(l.get("column.status")).header(l.get("summary.count"));
        counts.forEach((status, n) -> row().label(l.status(status)).count(n));
    }

    private void waiversExpiring(WorkbookContent c) {
        heading("summary.waivers_expiring");
        row().header(l.get("column.finding_id")).header(l.get("column.rule")).header(l.get("column.subject_no"))
                .header(l.get("column.review_by")).header(l.get("column.note")).header(l.get("column.decided_by"));
        LocalDate soon = c.runDate().plusDays(RunSummary.EXPIRING_DAYS);
        int listed = 0;
        for (int i = 0; i < c.findings().size(); i++) {
            FindingTriage t = c.triage().get(i);
            Decision d = t.decision();
            if (t.waived() && d.reviewBy() != null && !d.reviewBy().isAfter(soon)) {
                Finding f = c.findings().get(i);
                row().label(t.id()).text(l.ruleTitle(f.rule())).text(f.subjectNo()).date(d.reviewBy()).text(d.note())
                        .text(d.decidedBy());
                listed++;
            }
        }
        if (listed == 0) {
            row().label(l.get("summary.none"));
        }
    }

    /**
     * The findings of each of the last 30 completed nights (this one included) by severity, and the new
     * and resolved of each, as a table and as two charts drawn by the spreadsheet program from it.
     */
    private void nights(WorkbookContent c) {
        heading("summary.nights");
        int header = nextRow;
        TableRow head = row().header(l.get("summary.date"));
        for (Severity s : Severity.values()) {
            head.severity(s, l.severity(s));
        }
        head.header(l.get("summary.new")).header(l.get("summary.resolved"));
        for (Night night : c.nights()) {
            nightRow(night.runDate(), night.bySeverity(), night.newFindings(), night.resolved());
        }
        Map<Severity, Integer> tonight = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            tonight.put(s, 0);
        }
        c.findings().forEach(f -> tonight.merge(f.severity(), 1, Integer::sum));
        nightRow(c.runDate(), tonight, c.trend().newCount(), c.trend().resolvedCount());
        int first = header + 1;
        int last = nextRow - 1;
        XSSFSheet xssf = (XSSFSheet) sheet;
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XDDFDataSource<String> dates = XDDFDataSourcesFactory.fromStringCellRange(xssf,
                new CellRangeAddress(first, last, 0, 0));

        XSSFChart open = chart(drawing, 2, l.get("chart.open_by_severity"));
        XDDFLineChartData lines = (XDDFLineChartData) open.createData(ChartTypes.LINE,
                open.createCategoryAxis(AxisPosition.BOTTOM), valueAxis(open));
        for (Severity s : Severity.values()) {
            int column = 1 + s.ordinal();
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(dates,
                    XDDFDataSourcesFactory.fromNumericCellRange(xssf, new CellRangeAddress(first, last, column, column)));
            series.setTitle(l.severity(s), new CellReference(sheet.getSheetName(), header, column, true, true));
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setLineProperties(line(SEVERITY_COLOURS[s.ordinal()]));
        }
        open.plot(lines);

        XSSFChart change = chart(drawing, 2 + CHART_HEIGHT + 1, l.get("chart.new_resolved"));
        XDDFBarChartData bars = (XDDFBarChartData) change.createData(ChartTypes.BAR,
                change.createCategoryAxis(AxisPosition.BOTTOM), valueAxis(change));
        bars.setBarDirection(BarDirection.COL);
        int newColumn = 1 + Severity.values().length;
        for (int column = newColumn; column <= newColumn + 1; column++) {
            XDDFChartData.Series series = bars.addSeries(dates,
                    XDDFDataSourcesFactory.fromNumericCellRange(xssf, new CellRangeAddress(first, last, column, column)));
            series.setTitle(column == newColumn ? l.get("summary.new") : l.get("summary.resolved"),
                    new CellReference(sheet.getSheetName(), header, column, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(column == newColumn ? "C0504D" : "4F81BD"))));
        }
        change.plot(bars);
    }

    private static final String[] SEVERITY_COLOURS = {"8B1A1A", "E46C0A", "D4A017", "9BBB59", "808080"};

    private XSSFChart chart(XSSFDrawing drawing, int row, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, row, CHART_COLUMN + CHART_WIDTH,
                row + CHART_HEIGHT);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        return axis;
    }

    private static XDDFLineProperties line(String colour) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(colour))));
        line.setWidth(2.0);
        return line;
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private void nightRow(LocalDate date, Map<Severity, Integer> bySeverity, int newFindings, int resolved) {
        TableRow row = row().label(date.toString());
        for (Severity s : Severity.values()) {
            row.count(bySeverity.getOrDefault(s, 0));
        }
        row.count(newFindings).count(resolved);
    }

    private void inputs(Map<ExportFile, RunSummary.InputCount> inputs) {
        heading("summary.inputs");
        row().header(l.get("column.file")).header(l.get("summary.rows_read")).header(l.get("summary.rows_rejected"));
        for (Map.Entry<ExportFile, RunSummary.InputCount> e : inputs.entrySet()) {
            RunSummary.InputCount n = e.getValue();
            TableRow row = row().label(e.getKey().fileName());
            if (n.present()) {
                row.count(n.read()).count(n.rejected());
            } else {
                row.text(l.get("summary.not_given")).text("");
            }
        }
    }

    private void skipped(List<SkippedRule> skipped) {
        heading("summary.skipped");
        row().header(l.get("summary.rule")).header(l.get("column.reason"));
        if (skipped.isEmpty()) {
            row().label(l.get("summary.skipped.none")).text("");
        }
        for (SkippedRule s : skipped) {
            row().label(l.ruleTitle(s.rule())).text(l.skippedReason(s));
        }
    }

    private void byFamily(List<Finding> findings) {
        Map<Family, long[]> counts = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            counts.put(family, new long[Severity.values().length]);
        }
        for (Finding f : findings) {
            counts.get(f.family())[f.severity().ordinal()]++;
        }
        heading("summary.by_family");
        int headerRow = nextRow;
        matrixHeader(l.get("summary.family"));
        long[] sum = new long[Severity.values().length];
        for (Map.Entry<Family, long[]> e : counts.entrySet()) {
            matrixRow(l.family(e.getKey()), e.getValue());
            Arrays.setAll(sum, i -> sum[i] + e.getValue()[i]);
        }
        TableRow total = row().label(l.get("summary.total"));
        for (long n : sum) {
            total.total(n);
        }
        total.total(Arrays.stream(sum).sum());
        sheet.setAutoFilter(new CellRangeAddress(headerRow, nextRow - 2, 0, Severity.values().length + 1));
    }

    private void byProvince(List<Finding> findings) {
        Map<String, long[]> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.province(), p -> new long[Severity.values().length])[f.severity().ordinal()]++;
        }
        // printed, the provinces and the trend start a page rather than trail off the first
        sheet.setRowBreak(nextRow);
        heading("summary.provinces");
        matrixHeader(l.get("column.province"));
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -Arrays.stream(e.getValue()).sum())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_PROVINCES)
                .forEach(e -> matrixRow(l.province(e.getKey()), e.getValue()));
    }

    private void trend(WorkbookContent c) {
        heading("summary.trend");
        row().header(l.get("summary.change")).header(l.get("summary.count"));
        TableRow previous = row().label(l.get("summary.previous_run"));
        if (c.trend().previousRunDate() == null) {
            previous.text(l.get("summary.no_previous_run"));
        } else {
            previous.date(c.trend().previousRunDate());
        }
        row().label(l.get("summary.new")).count(c.trend().newCount());
        row().label(l.get("summary.still_open")).count(c.trend().stillOpenCount());
        row().label(l.get("summary.resolved")).count(c.trend().resolvedCount());
    }

    private void matrixHeader(String first) {
        TableRow header = row().header(first);
        for (Severity s : Severity.values()) {
            header.severity(s, l.severity(s));
        }
        header.header(l.get("summary.total"));
    }

    private void matrixRow(String label, long[] bySeverity) {
        TableRow row = row().label(label);
        for (long n : bySeverity) {
            row.count(n);
        }
        row.total(Arrays.stream(bySeverity).sum());
    }

    private void heading(String key) {
        nextRow++;
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(22);
        row.createCell(0).setCellValue(l.get(key));
        row.getCell(0).setCellStyle(ctx.styles().heading());
    }

    private TableRow row() {
        return new TableRow(sheet.createRow(nextRow++), ctx.styles(), WIDTHS);
    }
}
