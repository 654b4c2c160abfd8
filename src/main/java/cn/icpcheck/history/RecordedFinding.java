package cn.icpcheck.history;

import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.Severity;

import java.time.LocalDate;

/** A finding as the history holds it: found by the run of {@code runDate}, first seen on {@code firstSeen}. */
public record RecordedFinding(LocalDate runDate, FindingKey key, Severity severity, String customerId,
                              String province, LocalDate deadline, String detail, LocalDate firstSeen) {

    /** This finding, as resolved by a later run that no longer finds it, with its id (from its key). */
    public ResolvedFinding resolved() {
        return new ResolvedFinding(FindingId.of(key), key.rule(), severity, customerId, province, key.subjectNo(), key.serviceNo(),
                key.object(), deadline, detail, firstSeen, runDate);
    }
}
