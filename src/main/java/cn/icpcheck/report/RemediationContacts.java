package cn.icpcheck.report;

import cn.icpcheck.filing.Contact;
import cn.icpcheck.filing.MobileNumber;
import cn.icpcheck.filing.SubjectIndex;
import cn.icpcheck.filing.SubjectSummary;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.TriageStatus;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

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
            .thenComparing(t -> t.subjectNo);

    private RemediationContacts() {
    }

    /**
     * The rows, numbered by priority from 1.
     *
     * @param sorted   every finding of the run, in the order of findings.csv
     * @param subjects the accepted subjects
     */
    public static List<ContactRow> of(List<Finding> sorted, SubjectIndex subjects, Messages messages) {
        return of(sorted, null, subjects, messages);
    }

    /**
     * The rows, numbered by priority from 1; findings under a waiver that holds tonight do not count
     * (triage.md), and a subject whose findings are all waived is not listed.
     *
     * <p>Each row is made when it is asked for, from what its subject's findings add up to and from
     * the subject as {@code subjects} gives it, and not kept: the list holds some 150 bytes a subject
     * to call, where its rows would hold some 420 (the principal's name, mobile and email, the holder's
     * name), and it is held from the moment it is made until the contact list is written, beside the
     * other reports. A subject is found by its number once, here; its row reads it by its position
     * ({@link SubjectIndex}), which must still be there when the rows are read.
     *
     * @param triage per finding, at the same index: the staff's decision; null when there is none
     */
    public static List<ContactRow> of(List<Finding> sorted, List<FindingTriage> triage, SubjectIndex subjects,
                                      Messages messages) {
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
                int position = subjects.positionOf(f.subjectNo());
                if (position < 0 || !subjects.at(position).active()) {
                    continue;
                }
                tally = new Tally(f.subjectNo(), position);
                bySubject.put(f.subjectNo(), tally);
            }
            tally.add(f, t);
            actions.computeIfAbsent(f.rule(), messages::action);
        }
        Tally[] tallies = bySubject.values().toArray(Tally[]::new);
        bySubject.clear();
        for (Tally tally : tallies) {
            tally.done();
        }
        Arrays.sort(tallies, CALL_ORDER);
        return new Rows(tallies, subjects, actions);
    }

    /** The contact list, its rows made as they are read (see {@link #of}); safe to read from several threads. */
    private static final class Rows extends AbstractList<ContactRow> implements RandomAccess {
        private final Tally[] tallies;
        private final SubjectIndex subjects;
        private final Map<RuleCode, String> actions;

        Rows(Tally[] tallies, SubjectIndex subjects, Map<RuleCode, String> actions) {
            this.tallies = tallies;
            this.subjects = subjects;
            this.actions = actions;
        }

        @Override
        public ContactRow get(int index) {
            Tally tally = tallies[index];
            return tally.row(index + 1, subjects.at(tally.position), actions);
        }

        @Override
        public int size() {
            return tallies.length;
        }
    }

    /** What the findings of one subject add up to. */
    private static final class Tally {
        private final String subjectNo;
        /** The subject's position in the {@link SubjectIndex}. */
        private final int position;
        private Severity top = Severity.INFO;
        private LocalDate earliest;
        private int count;
        /** In the order first found, each once: a subject has a few (a list, a tenth the size of a set). */
        private final List<RuleCode> rules = new ArrayList<>(2);
        private StringBuilder refs = new StringBuilder();
        /** {@link #refs} as a string once every finding is added ({@link #done}). */
        private String findingRefs;
        private boolean allContacted = true;
        private LocalDate lastContacted;

        Tally(String subjectNo, int position) {
            this.subjectNo = subjectNo;
            this.position = position;
        }

        void add(Finding f, FindingTriage t) {
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
        }

        /** Every finding added: the references kept as a string, without the builder's spare room. */
        void done() {
            findingRefs = refs.toString();
            refs = null;
        }

        /**
         * @param actions the action of each rule: the row's actions are its rules', each once, in the
         *                order of its rules (the order their findings were first found)
         */
        ContactRow row(int priority, SubjectSummary subject, Map<RuleCode, String> actions) {
            Contact principal = subject.contact();
            List<String> todo = new ArrayList<>(rules.size());
            for (RuleCode rule : rules) {
                String action = actions.get(rule);
                if (!todo.contains(action)) {
                    todo.add(action);
                }
            }
            return new ContactRow(priority, subject.customerId(), subjectNo, subject.province().abbr(),
                    subject.holderName(), principal.name(), wholeMobile(principal.mobile()),
                    principal.email() == null ? "" : principal.email(), top, earliest, count,
                    List.copyOf(rules), List.copyOf(todo), allContacted, lastContacted, findingRefs);
        }
        private static String wholeMobile(String raw) {
            String normalised = MobileNumber.normalize(raw);
            return MobileNumber.valid(normalised) ? normalised : raw;
        }
    }
}
