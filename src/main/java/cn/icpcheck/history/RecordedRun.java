package cn.icpcheck.history;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A run whose findings the history holds: the latest attempt of its run date.
 *
 * @param jobExecutionId  the job execution that recorded the findings
 * @param completedAt     when they were recorded, at the end of the run
 * @param previousRunDate the run compared with, or null when there was none
 */
public record RecordedRun(LocalDate runDate, long attempt, long jobExecutionId, LocalDateTime completedAt,
                          LocalDate previousRunDate, int findings, int newFindings, int stillOpen, int resolved,
                          int rejectedRows) {

    /** The record of a run that found {@code trend}'s findings and rejected {@code rejectedRows} rows. */
    public static RecordedRun of(LocalDate runDate, long attempt, long jobExecutionId, Trend trend, int rejectedRows) {
        return new RecordedRun(runDate, attempt, jobExecutionId, LocalDateTime.now(), trend.previousRunDate(),
                trend.newCount() + trend.stillOpenCount(), trend.newCount(), trend.stillOpenCount(),
                trend.resolvedCount(), rejectedRows);
    }
}
