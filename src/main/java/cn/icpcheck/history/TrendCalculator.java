package cn.icpcheck.history;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.FindingSort;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a run's findings with those of the last completed run before its run date (outputs.md,
 * History): a key found then too is still open, since the date it was first seen; any other is new;
 * a key found then but not now is resolved.
 */
@Component
public class TrendCalculator {

    /** The resolved findings in the order of findings.csv ({@link FindingSort}). */
    static final Comparator<ResolvedFinding> REPORT_ORDER = (a, b) -> FindingSort.compare(
            a.severity(), b.severity(), a.deadline(), b.deadline(), a.subjectNo(), b.subjectNo(),
            a.serviceNo(), b.serviceNo(), a.rule(), b.rule(), a.object(), b.object());

    private final FindingHistory history;
    private final JobRepository jobRepository;

    public TrendCalculator(FindingHistory history, JobRepository jobRepository) {
        this.history = history;
        this.jobRepository = jobRepository;
    }

    public Trend compare(LocalDate runDate, List<Finding> findings) {
        Map<FindingKey, LocalDate> firstSeen = new HashMap<>(findings.size() * 4 / 3 + 1);
        findings.forEach(f -> firstSeen.put(f.key(), runDate));
        Optional<RecordedRun> previous = previousCompletedRun(runDate);
        if (previous.isEmpty()) {
            return Trend.firstRun(firstSeen);
        }
        List<ResolvedFinding> resolved = new ArrayList<>();
        int[] stillOpen = {0};
        history.forEachFinding(previous.get().runDate(), earlier -> {
            if (firstSeen.containsKey(earlier.key())) {
                firstSeen.put(earlier.key(), earlier.firstSeen());
                stillOpen[0]++;
            } else {
                resolved.add(earlier.resolved());
            }
        });
        resolved.sort(REPORT_ORDER);
        return new Trend(previous.get().runDate(), findings.size() - stillOpen[0], stillOpen[0],
                Collections.unmodifiableMap(firstSeen), Collections.unmodifiableList(resolved));
    }

    /** The completed runs before a date, at most {@code limit}, the earliest first, with their findings by severity. */
    public List<Night> completedNightsBefore(LocalDate runDate, int limit) {
        List<RecordedRun> runs = history.runsBefore(runDate).stream().filter(this::completed).limit(limit).toList();
        List<Night> nights = new ArrayList<>(runs.size());
        for (RecordedRun run : runs) {
            nights.add(0, new Night(run.runDate(), history.countBySeverity(run.runDate()), run.newFindings(),
                    run.resolved()));
        }
        return nights;
    }

    /**
     * The latest recorded run before the date whose job completed. (A run records its findings just
     * before its last step, so a run that failed after that has a record but did not complete.)
     */
    Optional<RecordedRun> previousCompletedRun(LocalDate runDate) {
        return history.runsBefore(runDate).stream().filter(this::completed).findFirst();
    }

    private boolean completed(RecordedRun run) {
        JobExecution recorder = jobRepository.getJobExecution(run.jobExecutionId());
        if (recorder == null) {
            return false;
        }
        JobExecution last = jobRepository.getLastJobExecution(recorder.getJobInstance());
        return last != null && last.getStatus() == BatchStatus.COMPLETED;
    }
}
