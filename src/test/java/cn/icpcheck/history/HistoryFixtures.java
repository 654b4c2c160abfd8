package cn.icpcheck.history;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.RuleCode;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Findings and recorded runs for the history's tests. */
final class HistoryFixtures {

    private HistoryFixtures() {
    }

    /** A finding of subject {@code i}: an expired domain, with a deadline. */
    static Finding expired(int i) {
        return new Finding(RuleCode.DOMAIN_EXPIRED, RuleCode.DOMAIN_EXPIRED.defaultSeverity(), "c" + i, "浙",
                "浙ICP备%08d号".formatted(i), "浙ICP备%08d号-1".formatted(i), "site" + i + ".com",
                LocalDate.of(2026, 11, 1).plusDays(i % 20), "到期日 2026-11-01", "测试" + i, "站点" + i);
    }

    /** A finding of subject {@code i}: no service, without service, object or deadline. */
    static Finding empty(int i) {
        return new Finding(RuleCode.EMPTY_SERVICE_LIST, RuleCode.EMPTY_SERVICE_LIST.defaultSeverity(), "c" + i, "浙",
                "浙ICP备%08d号".formatted(i), "", "", null, "没有服务", "测试" + i, "");
    }

    static RecordedRun run(LocalDate date, long attempt, long jobExecutionId, int findings) {
        return new RecordedRun(date, attempt, jobExecutionId, LocalDateTime.of(2026, 11, 30, 2, 40), null, findings,
                findings, 0, 0, 0);
    }
}
