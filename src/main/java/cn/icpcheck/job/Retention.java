package cn.icpcheck.job;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.report.ReportFolders;
import cn.icpcheck.triage.DecisionStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Forgets what is older than the run date minus {@code --keep-days} (the history, and the decisions
 * on findings it no longer holds) and minus
 * {@code --keep-report-days} (the report folders), at the end of a completed run. Housekeeping
 * only: what cannot be removed now is logged as a warning and tried again by the next run.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final FindingHistory history;
    private final DecisionStore decisions;

    public Retention(FindingHistory history, DecisionStore decisions) {
        this.history = history;
        this.decisions = decisions;
    }

    public void prune(RunOptions options) {
        pruneHistory(options.runDate().minusDays(options.keepHistoryDays()));
        forgetDecisions(options.runDate());
        pruneReports(options.output(), options.runDate().minusDays(options.keepReportDays()));
    }

    private void pruneHistory(LocalDate cutoff) {
        try {
            int runs = history.pruneBefore(cutoff);
            if (runs > 0) {
                log.info("Removed the history of {} runs before {}", runs, cutoff);
            }
        } catch (DataAccessException e) {
            log.warn("Could not remove the history before {}: {}", cutoff, e.getMessage());
        }
    }

    /** A decision is forgotten with the history once its finding has not been seen for that long (triage.md). */
    private void forgetDecisions(LocalDate runDate) {
        try {
            int forgotten = decisions.forgetUnseen(runDate);
            if (forgotten > 0) {
                log.info("Forgot the decisions on {} findings no longer in the history", forgotten);
            }
        } catch (DataAccessException e) {
            log.warn("Could not forget the decisions on findings no longer in the history: {}", e.getMessage());
        }
    }

    private void pruneReports(Path output, LocalDate cutoff) {
        try {
            for (Path folder : ReportFolders.before(output, cutoff)) {
                FileSystemUtils.deleteRecursively(folder);
                log.info("Removed the old reports {}", folder);
            }
        } catch (IOException e) {
            log.warn("Could not remove the reports before {} from {}: {}", cutoff, output, e.getMessage());
        }
    }
}
