package cn.icpcheck.report;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.TriageColumns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static cn.icpcheck.report.Columns.Column.both;
import static cn.icpcheck.report.Columns.Column.csv;
import static cn.icpcheck.report.Columns.Column.sheet;

/**
 * The columns of a finding, declared once for findings.csv (codes, for other systems) and for the
 * family sheets of the workbook (words of the run's language, real dates and numbers, the staff's
 * columns), each list in its own order.
 */
final class FindingColumns {

    /** The finding's id, as text: the key a returned workbook's rows are found by. */
    static final String ID_KEY = "column.finding_id";
    /** The id column's width, on every sheet that has one. */
    static final int ID_WIDTH = 15;
    private static final Columns.Column<FindingRow> ID = both("finding_id", ID_KEY, ID_WIDTH, r -> r.triage().id(),
            (out, r, l) -> out.text(r.triage().id()));
    private static final Columns.Column<FindingRow> RUN_DATE = csv("run_date", r -> r.runDate().toString());
    private static final Columns.Column<FindingRow> RULE = both("rule", "column.rule", 18,
            r -> r.finding().rule().name(), (out, r, l) -> out.wrapped(l.ruleTitle(r.finding().rule())));
    private static final Columns.Column<FindingRow> SEVERITY = both("severity", "column.severity", 9,
            r -> r.finding().severity().name(),
            (out, r, l) -> out.severity(r.finding().severity(), l.severity(r.finding().severity())));
    private static final Columns.Column<FindingRow> FAMILY = csv("family", r -> r.finding().family().code());
    private static final Columns.Column<FindingRow> CUSTOMER = both("customer_id", "column.customer", 18,
            r -> r.finding().customerId(), (out, r, l) -> out.text(r.finding().customerId()));
    private static final Columns.Column<FindingRow> PROVINCE = both("province", "column.province", 10,
            r -> r.finding().province(), (out, r, l) -> out.wrapped(l.province(r.finding().province())));
    private static final Columns.Column<FindingRow> SUBJECT_NO = both("subject_no", "column.subject_no", 21,
            r -> r.finding().subjectNo(), (out, r, l) -> out.text(r.finding().subjectNo()));
    private static final Columns.Column<FindingRow> HOLDER = sheet("column.holder_name", 20,
            (out, r, l) -> out.wrapped(r.finding().holderName()));
    private static final Columns.Column<FindingRow> SERVICE_NO = both("service_no", "column.service_no", 23,
            r -> r.finding().serviceNo(), (out, r, l) -> out.text(r.finding().serviceNo()));
    private static final Columns.Column<FindingRow> SERVICE_NAME = sheet("column.service_name", 14,
            (out, r, l) -> out.wrapped(r.finding().serviceName()));
    private static final Columns.Column<FindingRow> OBJECT = both("object", "column.object", 22,
            r -> r.finding().object(), (out, r, l) -> out.wrapped(l.object(r.finding().rule(), r.finding().object())));
    private static final Columns.Column<FindingRow> DEADLINE = both("deadline", "column.deadline", 11,
            r -> text(r.finding().deadline()), (out, r, l) -> out.date(r.finding().deadline()));
    private static final Columns.Column<FindingRow> DAYS_LEFT = sheet("column.days_left", 7,
            (out, r, l) -> out.days(days(r.runDate(), r.finding().deadline())));
    private static final Columns.Column<FindingRow> FIRST_SEEN = both("first_seen", "column.first_seen", 11,
            r -> text(r.firstSeen()), (out, r, l) -> out.date(r.firstSeen()));
    private static final Columns.Column<FindingRow> DAYS_OPEN = sheet("column.days_open", 7,
            (out, r, l) -> out.days(days(r.firstSeen(), r.runDate())));
    private static final Columns.Column<FindingRow> DETAIL = both("detail", "column.detail", 40,
            r -> r.finding().detail(), (out, r, l) -> out.wrapped(r.finding().detail()));
    private static final Columns.Column<FindingRow> ACTION = both("action", "column.action", 30,
            FindingRow::action, (out, r, l) -> out.wrapped(r.action()));
    static final String STATUS_KEY = "column.status";
    private static final Columns.Column<FindingRow> STATUS = both("status", STATUS_KEY, 10,
            r -> r.triage().decision().status().code(),
            (out, r, l) -> out.text(l.status(r.triage().decision().status())));
    private static final Columns.Column<FindingRow> FOLLOW_UP = sheet("column.follow_up", 10,
            (out, r, l) -> out.text(r.triage().followUp() == null ? "" : r.triage().followUp().name()));
    private static final Columns.Column<FindingRow> NOTE = sheet("column.note", 16,
            (out, r, l) -> out.wrapped(r.triage().decision().note()));
    private static final Columns.Column<FindingRow> REVIEW_BY = sheet("column.review_by", 11,
            (out, r, l) -> out.date(r.triage().decision().reviewBy()));
    private static final Columns.Column<FindingRow> DECIDED_BY = sheet("column.decided_by", 12,
            (out, r, l) -> out.text(r.triage().decision().decidedBy()));
    private static final Columns.Column<FindingRow> DECIDED_ON = sheet("column.decided_on", 11,
            (out, r, l) -> out.date(r.triage().decision().decidedOn()));
    // what the row was written with, hidden: a returned workbook's row changes only what staff changed
    private static final Columns.Column<FindingRow> WRITTEN_STATUS = Columns.Column.hidden(TriageColumns.WRITTEN_STATUS,
            (out, r, l) -> out.text(r.triage().decision().status().code()));
    private static final Columns.Column<FindingRow> WRITTEN_NOTE = Columns.Column.hidden(TriageColumns.WRITTEN_NOTE,
            (out, r, l) -> out.text(r.triage().decision().note()));
    private static final Columns.Column<FindingRow> WRITTEN_REVIEW_BY = Columns.Column.hidden(
            TriageColumns.WRITTEN_REVIEW_BY, (out, r, l) -> out.text(text(r.triage().decision().reviewBy())));
    private static final Columns.Column<FindingRow> WRITTEN_DECIDED_BY = Columns.Column.hidden(
            TriageColumns.WRITTEN_DECIDED_BY, (out, r, l) -> out.text(r.triage().decision().decidedBy()));
    private static final Columns.Column<FindingRow> WRITTEN_REVISION = Columns.Column.hidden(
            TriageColumns.WRITTEN_REVISION, (out, r, l) -> out.count(r.triage().decision().revision()));

    static final Columns<FindingRow> COLUMNS = Columns.of(
            List.of(RUN_DATE, RULE, SEVERITY, FAMILY, CUSTOMER, PROVINCE, SUBJECT_NO, SERVICE_NO, OBJECT, DEADLINE,
                    DETAIL, ACTION, ID, FIRST_SEEN, STATUS),
            List.of(ID, SEVERITY, RULE, CUSTOMER, PROVINCE, SUBJECT_NO, HOLDER, SERVICE_NO, SERVICE_NAME, OBJECT,
                    DEADLINE, DAYS_LEFT, FIRST_SEEN, DAYS_OPEN, DETAIL, ACTION, FOLLOW_UP, STATUS, NOTE, REVIEW_BY,
                    DECIDED_BY, DECIDED_ON, WRITTEN_STATUS, WRITTEN_NOTE, WRITTEN_REVIEW_BY, WRITTEN_DECIDED_BY,
                    WRITTEN_REVISION));

    private FindingColumns() {
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /** The row of a finding. */
    static FindingRow row(LocalDate runDate, Finding f, FindingTriage triage, WorkbookLabels labels) {
        return new FindingRow(runDate, f, triage, labels.action(f.rule()));
    }
}
