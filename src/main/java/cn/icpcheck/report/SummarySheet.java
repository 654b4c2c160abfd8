package cn.icpcheck.report;

import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sheet: the run date and totals, the input files, the rules skipped and why, the
 * findings by family and severity, the provinces with most findings, and the change since the
 * last completed run. Its first row, the title, is frozen and printed on every page. Like every
 * sheet it has an auto-filter: over its main table, the findings by family and severity (a sheet
 * holds one filter; the other blocks are too short to need one).
 */
final class SummarySheet {

    private static final int TOP_PROVINCES = 10;
    /** A wide first column for the labels, then one for each severity and the total. */
    private static final int[] WIDTHS = {36, 14, 14, 14, 14, 14, 14};

    private final SheetContext ctx;
    private final WorkbookLabels l;
    private Sheet sheet;
    private int nextRow;

    SummarySheet(SheetContext ctx) {
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
