package cn.icpcheck.history;

import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.Severity;

import java.time.LocalDate;

/**
 * A finding as the history holds it: found by the run of {@code runDate}, first seen on {@code firstSeen},
 * with its finding id (worked out from its key where a row has none).
 */
public record RecordedFinding(LocalDate runDate, FindingKey key, Severity severity, String customerId,
                              String province, LocalDate deadline, String detail, LocalDate firstSeen,
                              String findingId) {

    public RecordedFinding {
        if (findingId == null || findingId.isEmpty()) {
            findingId = FindingId.of(key);
        }
    }

    /** A finding whose id is worked out from its key. */
    public RecordedFinding(LocalDate runDate, FindingKey key, Severity severity, String customerId, String province,
                           LocalDate deadline, String detail, LocalDate firstSeen) {
        this(runDate, key, severity, customerId, province, deadline, detail, firstSeen, null);
    }

    /** This finding, as resolved by a later run that no longer finds it. */
    public ResolvedFinding resolved() {
        return new ResolvedFinding(findingId, key.rule(), severity, customerId, province, key.subjectNo(), key.serviceNo(),
                key.object(), deadline, detail, firstSeen, runDate);
    }
}
