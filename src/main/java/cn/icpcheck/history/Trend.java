package cn.icpcheck.history;

import cn.icpcheck.rules.FindingKey;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * This run compared with the last completed run before its run date (outputs.md, History): which
 * findings are new, which are still open and since when, which were resolved.
 *
 * @param previousRunDate the run date compared with, or null when there is no earlier completed run
 * @param firstSeen       for every finding of this run, the run date it was first seen (this run's date when new)
 * @param resolved        the findings of the previous run that this run did not find
 */
public record Trend(LocalDate previousRunDate, int newCount, int stillOpenCount,
                    Map<FindingKey, LocalDate> firstSeen, List<ResolvedFinding> resolved) {

    /** The trend of a run with no earlier completed run: every finding is new. */
    public static Trend firstRun(Map<FindingKey, LocalDate> firstSeen) {
        return new Trend(null, firstSeen.size(), 0, Collections.unmodifiableMap(firstSeen), List.of());
    }

    public int resolvedCount() {
        return resolved.size();
    }
}
