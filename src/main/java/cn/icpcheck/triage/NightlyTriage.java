package cn.icpcheck.triage;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tonight's view of the staff's decisions (triage.md, The next night): each finding with the decision
 * that stood for the run date, and a follow-up where that decision no longer fits. Worked out from
 * the decisions as of the run date alone, so a restart, a rerun or a backfill sees the same.
 */
public final class NightlyTriage {

    private NightlyTriage() {
    }

    /**
     * @param sorted    tonight's findings, in report order
     * @param ids       their ids, at the same index
     * @param firstSeen when each was first seen (tonight when absent)
     * @param decisions the decisions as of the run date, by finding id
     */
    public static List<FindingTriage> of(LocalDate runDate, List<Finding> sorted, List<String> ids,
                                         Map<FindingKey, LocalDate> firstSeen, Map<String, StoredDecision> decisions) {
        List<FindingTriage> view = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            String id = ids.get(i);
            LocalDate first = firstSeen.getOrDefault(f.key(), runDate);
            boolean isNew = runDate.equals(first);
            StoredDecision stored = decisions.get(id);
            if (stored == null) {
                view.add(new FindingTriage(id, Decision.NONE, isNew ? FollowUp.NEW : null, false, first));
                continue;
            }
            Decision d = stored.decision();
            FindingTriage t = switch (d.status()) {
                case RESOLVED -> reset(id, d, FollowUp.REOPENED, first);
                case WAIVED -> {
                    if (d.reviewBy() != null && d.reviewBy().isBefore(runDate)) {
                        yield reset(id, d, FollowUp.EXPIRED, first);
                    }
                    if (stored.severity() != f.severity() || !Objects.equals(stored.deadline(), f.deadline())) {
                        yield reset(id, d, FollowUp.CHANGED, first);
                    }
                    yield new FindingTriage(id, d, null, true, first);
                }
                default -> new FindingTriage(id, d, isNew ? FollowUp.NEW : null, false, first);
            };
            view.add(t);
        }
        return Collections.unmodifiableList(view);
    }

    /** Back to pending, the note and who decided kept; the workbook is written with the decision's revision. */
    private static FindingTriage reset(String id, Decision d, FollowUp why, LocalDate firstSeen) {
        return new FindingTriage(id, new Decision(TriageStatus.PENDING, d.note(), null, d.decidedBy(), d.decidedOn(),
                d.revision()), why, false, firstSeen);
    }
}
