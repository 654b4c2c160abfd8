package cn.icpcheck.report;

import cn.icpcheck.history.ResolvedFinding;

import java.util.List;

import static cn.icpcheck.report.ReportTable.Column;

/**
 * The sheet of the findings of the last completed run that this run no longer finds. Each row starts
 * with the finding's id, as text, as every finding row of the workbook does (triage.md, Finding id).
 */
final class ResolvedSheet {

    private final SheetContext ctx;

    ResolvedSheet(SheetContext ctx) {
        this.ctx = ctx;
    }

    void write(List<ResolvedFinding> resolved) {
        WorkbookLabels l = ctx.labels();
        ReportTable table = new ReportTable(ctx, l.get("sheet.resolved"), List.of(
                new Column(l.get(FindingColumns.ID_KEY), FindingColumns.ID_WIDTH),
                new Column(l.get("column.severity"), 9),
                new Column(l.get("column.rule"), 20),
                new Column(l.get("column.customer"), 18),
                new Column(l.get("column.province"), 10),
                new Column(l.get("column.subject_no"), 21),
                new Column(l.get("column.service_no"), 23),
                new Column(l.get("column.object"), 24),
                new Column(l.get("column.deadline"), 11),
                new Column(l.get("column.first_seen"), 11),
                new Column(l.get("column.last_seen"), 11),
                new Column(l.get("column.detail"), 50)));
        for (ResolvedFinding r : resolved) {
            table.row()
                    .text(r.findingId())
                    .severity(r.severity(), l.severity(r.severity()))
                    .wrapped(l.ruleTitle(r.rule()))
                    .text(r.customerId())
                    .wrapped(l.province(r.province()))
                    .text(r.subjectNo())
                    .text(r.serviceNo())
                    .wrapped(l.object(r.rule(), r.object()))
                    .date(r.deadline())
                    .date(r.firstSeen())
                    .date(r.lastSeen())
                    .wrapped(r.detail());
        }
        table.finish();
    }
}
