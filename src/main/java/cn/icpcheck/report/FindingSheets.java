package cn.icpcheck.report;

import cn.icpcheck.history.Trend;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Finding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static cn.icpcheck.report.ReportTable.Column;

/**
 * The sheets of the findings, one table per family that has findings (in the order of
 * {@link Family}), each with every finding of its family in the order of findings.csv, and two
 * columns for the staff: a status chosen from a drop-down list, and a free note.
 */
final class FindingSheets {

    private final SheetContext ctx;
    private final LocalDate runDate;

    FindingSheets(SheetContext ctx, LocalDate runDate) {
        this.ctx = ctx;
        this.runDate = runDate;
    }

    /** Writes the sheets; {@code sorted} is in the order of findings.csv. */
    void write(List<Finding> sorted, Trend trend) {
        WorkbookLabels l = ctx.labels();
        List<String> statuses = l.staffStatuses();
        List<Column> columns = columns(l);
        ReportTable.DropDown dropDown = new ReportTable.DropDown(columns.size() - 2, statuses, l.get("status.prompt"));
        for (Family family : Family.values()) {
            ReportTable table = null;
            for (Finding f : sorted) {
                if (f.family() != family) {
                    continue;
                }
                if (table == null) {
                    table = new ReportTable(ctx, l.family(family), columns, dropDown);
                }
                LocalDate firstSeen = trend.firstSeen().get(f.key());
                table.row()
                        .severity(f.severity(), l.severity(f.severity()))
                        .wrapped(l.ruleTitle(f.rule()))
                        .text(f.customerId())
                        .wrapped(l.province(f.province()))
                        .text(f.subjectNo())
                        .wrapped(f.holderName())
                        .text(f.serviceNo())
                        .wrapped(f.serviceName())
                        .wrapped(l.object(f.rule(), f.object()))
                        .date(f.deadline())
                        .days(f.deadline() == null ? null : ChronoUnit.DAYS.between(runDate, f.deadline()))
                        .date(firstSeen)
                        .days(firstSeen == null ? null : ChronoUnit.DAYS.between(firstSeen, runDate))
                        .wrapped(f.detail())
                        .wrapped(l.action(f.rule()))
                        .text(statuses.get(0))
                        .text("");
            }
            if (table != null) {
                table.finish();
            }
        }
    }

    static List<Column> columns(WorkbookLabels l) {
        return List.of(
                new Column(l.get("column.severity"), 9),
                new Column(l.get("column.rule"), 18),
                new Column(l.get("column.customer"), 18),
                new Column(l.get("column.province"), 10),
                new Column(l.get("column.subject_no"), 21),
                new Column(l.get("column.holder_name"), 20),
                new Column(l.get("column.service_no"), 23),
                new Column(l.get("column.service_name"), 14),
                new Column(l.get("column.object"), 22),
                new Column(l.get("column.deadline"), 11),
                new Column(l.get("column.days_left"), 7),
                new Column(l.get("column.first_seen"), 11),
                new Column(l.get("column.days_open"), 7),
                new Column(l.get("column.detail"), 40),
                new Column(l.get("column.action"), 30),
                new Column(l.get("column.status"), 10),
                new Column(l.get("column.note"), 16));
    }
}
