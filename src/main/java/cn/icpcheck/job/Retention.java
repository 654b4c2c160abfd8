package cn.icpcheck.job;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.report.ReportFolders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Forgets what is older than the run date minus {@code --keep-days} (the history) and minus
 * {@code --keep-report-days} (the report folders), at the end of a completed run. Housekeeping
 * only: what cannot be removed now is logged as a warning and tried again by the next run.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final FindingHistory history;

    public Retention(FindingHistory history) {
        this.history = history;
    }

    public void prune(RunOptions options) {
        pruneHistory(options.runDate().minusDays(options.keepHistoryDays()));
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
