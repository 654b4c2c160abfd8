package cn.icpcheck.report;

import cn.icpcheck.filing.Contact;
import cn.icpcheck.filing.MobileNumber;
import cn.icpcheck.filing.SubjectSummary;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.TriageStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who the customer-contact team calls (outputs.md, remediation-contacts): one row per active
 * subject with at least one finding above INFO, reached through the subject's principal.
 *
 * <p>Only findings above INFO count: an INFO finding (an order in progress) asks nothing of the
 * customer, so it neither brings a subject onto the list nor adds to its count, rules or actions.
 */
public final class RemediationContacts {

    /** Most urgent first: top severity, earliest deadline (none last), then subject number. */
    private static final Comparator<Tally> CALL_ORDER = Comparator
            .comparing((Tally t) -> t.top)
            .thenComparing(t -> t.earliest, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(t -> t.subject.subjectNo());

    private RemediationContacts() {
    }

    /**
     * The rows, numbered by priority from 1.
     *
     * @param sorted   every finding of the run, in the order of findings.csv
     * @param subjects the accepted subject of a subject number, or null
     */
    public static List<ContactRow> of(List<Finding> sorted, Function<String, ? extends SubjectSummary> subjects,
                                      Messages messages) {
        return of(sorted, null, subjects, messages);
    }

    /**
     * The rows, numbered by priority from 1; findings under a waiver that holds tonight do not count
     * (triage.md), and a subject whose findings are all waived is not listed.
     *
     * @param triage per finding, at the same index: the staff's decision; null when there is none
     */
    public static List<ContactRow> of(List<Finding> sorted, List<FindingTriage> triage,
                                      Function<String, ? extends SubjectSummary> subjects, Messages messages) {
        Map<String, Tally> bySubject = new LinkedHashMap<>();
        Map<RuleCode, String> actions = new EnumMap<>(RuleCode.class);
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            FindingTriage t = triage == null ? null : triage.get(i);
            if (f.severity() == Severity.INFO || t != null && t.waived()) {
                continue;
            }
            Tally tally = bySubject.get(f.subjectNo());
            if (tally == null) {
                SubjectSummary subject = subjects.apply(f.subjectNo());
                if (subject == null || !subject.active()) {
                    continue;
                }
                tally = new Tally(subject);
                bySubject.put(f.subjectNo(), tally);
            }
            tally.add(f, t, actions.computeIfAbsent(f.rule(), messages::action));
        }
        Tally[] tallies = bySubject.values().toArray(Tally[]::new);
        bySubject.clear();
        Arrays.sort(tallies, CALL_ORDER);
        List<ContactRow> rows = new ArrayList<>(tallies.length);
        for (int i = 0; i < tallies.length; i++) {
            rows.add(tallies[i].row(i + 1));
            // each tally let go once its row is made: the rows and the tallies are never all held at once
            tallies[i] = null;
        }
        return rows;
    }

    /** What the findings of one subject add up to. */
    private static final class Tally {
        private final SubjectSummary subject;
        private Severity top = Severity.INFO;
        private LocalDate earliest;
        private int count;
        /** In the order first found, each once: a subject has a few (lists, a tenth the size of sets). */
        private final List<RuleCode> rules = new ArrayList<>(2);
        private final List<String> actions = new ArrayList<>(2);
        private final StringBuilder refs = new StringBuilder();
        private boolean allContacted = true;
        private LocalDate lastContacted;

        Tally(SubjectSummary subject) {
            this.subject = subject;
        }

        void add(Finding f, FindingTriage t, String action) {
            Decision d = t == null ? Decision.NONE : t.decision();
            if (d.status() == TriageStatus.CONTACTED) {
                if (d.decidedOn() != null && (lastContacted == null || d.decidedOn().isAfter(lastContacted))) {
                    lastContacted = d.decidedOn();
                }
            } else {
                allContacted = false;
            }
            if (t != null) {
                refs.append(refs.isEmpty() ? "" : ";").append(t.id()).append(':').append(d.revision());
            }
            if (f.severity().compareTo(top) < 0) {
                top = f.severity();
            }
            if (f.deadline() != null && (earliest == null || f.deadline().isBefore(earliest))) {
                earliest = f.deadline();
            }
            count++;
            if (!rules.contains(f.rule())) {
                rules.add(f.rule());
            }
            if (!actions.contains(action)) {
                actions.add(action);
            }
        }

        ContactRow row(int priority) {
            Contact principal = subject.contact();
            return new ContactRow(priority, subject.customerId(), subject.subjectNo(), subject.province().abbr(),
                    subject.holderName(), principal.name(), wholeMobile(principal.mobile()),
                    principal.email() == null ? "" : principal.email(), top, earliest, count,
                    List.copyOf(rules), List.copyOf(actions), allContacted, lastContacted, refs.toString());
        }

        private static String wholeMobile(String raw) {
            String normalised = MobileNumber.normalize(raw);
            return MobileNumber.valid(normalised) ? normalised : raw;
        }
    }
}
