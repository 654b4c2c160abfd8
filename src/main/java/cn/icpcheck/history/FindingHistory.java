package cn.icpcheck.history;

import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.FindingKey;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The findings history in the state database (outputs.md, History): every recorded run and its
 * findings, one row each, with the finding's id. The tables come from the migrations in
 * {@code db/migration/{vendor}}.
 */
@Repository
public class FindingHistory {

    /** Rows per JDBC batch when recording, and per fetch when reading a run's findings back. */
    static final int BATCH_SIZE = 5_000;
    /** Ids per IN list. */
    private static final int ID_CHUNK = 500;

    private static final String INSERT_RUN = """
            INSERT INTO ICP_HISTORY_RUN (RUN_DATE, ATTEMPT, JOB_EXECUTION_ID, COMPLETED_AT, PREVIOUS_RUN_DATE,
                FINDINGS, NEW_FINDINGS, STILL_OPEN, RESOLVED, REJECTED_ROWS)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_FINDING = """
            INSERT INTO ICP_HISTORY_FINDING (RUN_DATE, RULE, SUBJECT_NO, SERVICE_NO, OBJECT, SEVERITY, FAMILY,
                CUSTOMER_ID, PROVINCE, DEADLINE, DETAIL, FIRST_SEEN, FINDING_ID)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_RUN = """
            SELECT RUN_DATE, ATTEMPT, JOB_EXECUTION_ID, COMPLETED_AT, PREVIOUS_RUN_DATE,
                FINDINGS, NEW_FINDINGS, STILL_OPEN, RESOLVED, REJECTED_ROWS
            FROM ICP_HISTORY_RUN""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public FindingHistory(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH_SIZE);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Records a run's findings in place of any recorded before for its run date (a restart or a
     * {@code --rerun}), in one transaction: the caller's, when there is one.
     *
     * @param trend the run against the last completed run before it: when each finding was first seen,
     *              and which findings of that run this one no longer found
     * @param ids   the findings' ids, at the same index
     */
    public void record(RecordedRun run, List<Finding> findings, Trend trend, List<String> ids) {
        Map<FindingKey, LocalDate> firstSeen = trend.firstSeen();
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?", run.runDate());
            jdbc.update("DELETE FROM ICP_HISTORY_RUN WHERE RUN_DATE = ?", run.runDate());
            jdbc.update(INSERT_RUN, run.runDate(), run.attempt(), run.jobExecutionId(), run.completedAt(),
                    run.previousRunDate(), run.findings(), run.newFindings(), run.stillOpen(), run.resolved(),
                    run.rejectedRows());
            int[] index = {0};
            jdbc.batchUpdate(INSERT_FINDING, findings, BATCH_SIZE, (ps, f) -> {
                ps.setObject(1, run.runDate());
                ps.setString(2, f.rule().name());
                ps.setString(3, f.subjectNo());
                ps.setString(4, f.serviceNo());
                ps.setString(5, f.object());
                ps.setString(6, f.severity().name());
                ps.setString(7, f.family().code());
                ps.setString(8, f.customerId());
                ps.setString(9, f.province());
                ps.setObject(10, f.deadline());
                ps.setString(11, f.detail());
                ps.setObject(12, firstSeen.getOrDefault(f.key(), run.runDate()));
                ps.setString(13, ids.get(index[0]++));
            });
            recordResolved(run.runDate(), trend, findings, ids);
            recordSeverities(run.runDate(), findings);
        });
    }

    /** How many findings of each severity the run found ({@code ICP_HISTORY_SEVERITY}, migration version 6). */
    private void recordSeverities(LocalDate runDate, List<Finding> findings) {
        jdbc.update("DELETE FROM ICP_HISTORY_SEVERITY WHERE RUN_DATE = ?", runDate);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        jdbc.batchUpdate("INSERT INTO ICP_HISTORY_SEVERITY (RUN_DATE, SEVERITY, FINDINGS) VALUES (?, ?, ?)",
                List.copyOf(counts.entrySet()), Severity.values().length, (ps, count) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, count.getKey().name());
                    ps.setInt(3, count.getValue());
                });
    }

    /**
     * Keeps the findings that each run no longer found ({@code ICP_HISTORY_RESOLVED}, migration version
     * 5) as they are for the run dates around one just recorded: the findings of the run recorded before
     * it that it did not find, and its findings that the run recorded after it (when a past date is
     * recorded again or late) did not find. The first are the trend's resolved findings when the trend
     * compared with the run recorded before; otherwise, as for the second, the findings of that run are
     * read once, never through an index of every night's findings.
     */
    private void recordResolved(LocalDate runDate, Trend trend, List<Finding> findings, List<String> ids) {
        jdbc.update("DELETE FROM ICP_HISTORY_RESOLVED WHERE RUN_DATE = ?", runDate);
        LocalDate before = jdbc.queryForObject("SELECT MAX(RUN_DATE) FROM ICP_HISTORY_RUN WHERE RUN_DATE < ?",
                LocalDate.class, runDate);
        LocalDate after = jdbc.queryForObject("SELECT MIN(RUN_DATE) FROM ICP_HISTORY_RUN WHERE RUN_DATE > ?",
                LocalDate.class, runDate);
        if (before != null && before.equals(trend.previousRunDate())) {
            insertResolved(runDate, before, trend.resolved().stream()
                    .map(r -> new Seen(r.findingId(), r.severity(), r.deadline())).toList());
        } else if (before != null) {
            Set<String> found = new HashSet<>(ids);
            List<Seen> gone = new ArrayList<>();
            forEachSeen(before, seen -> {
                if (!found.contains(seen.findingId())) {
                    gone.add(seen);
                }
            });
            insertResolved(runDate, before, gone);
        }
        if (after != null) {
            Set<String> foundAfter = new HashSet<>();
            forEachSeen(after, seen -> foundAfter.add(seen.findingId()));
            List<Seen> gone = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (!foundAfter.contains(ids.get(i))) {
                    Finding f = findings.get(i);
                    gone.add(new Seen(ids.get(i), f.severity(), f.deadline()));
                }
            }
            jdbc.update("DELETE FROM ICP_HISTORY_RESOLVED WHERE RUN_DATE = ?", after);
            insertResolved(after, runDate, gone);
        }
    }

    private void insertResolved(LocalDate runDate, LocalDate lastSeen, List<Seen> gone) {
        jdbc.batchUpdate("""
                INSERT INTO ICP_HISTORY_RESOLVED (RUN_DATE, FINDING_ID, LAST_SEEN, SEVERITY, DEADLINE)
                VALUES (?, ?, ?, ?, ?)""", gone, BATCH_SIZE, (ps, seen) -> {
            ps.setObject(1, runDate);
            ps.setString(2, seen.findingId());
            ps.setObject(3, lastSeen);
            ps.setString(4, seen.severity().name());
            ps.setObject(5, seen.deadline());
        });
    }

    /** The ids, severities and deadlines of the findings a run recorded. */
    private void forEachSeen(LocalDate runDate, Consumer<Seen> action) {
        jdbc.query("SELECT FINDING_ID, SEVERITY, DEADLINE FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?",
                rs -> {
                    String id = rs.getString(1);
                    if (id != null) {
                        action.accept(new Seen(id, Severity.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)));
                    }
                }, runDate);
    }

    /** A finding the history has seen, by its id, with its severity and deadline when last found. */
    public record Seen(String findingId, Severity severity, LocalDate deadline) {
    }

    /**
     * Which of these finding ids the history has seen, each with its severity and deadline in the latest
     * run that found it: the latest recorded run's findings (read once), and for the others the runs
     * that no longer found them.
     */
    public Map<String, Seen> lastSeen(Collection<String> ids) {
        Map<String, Seen> seen = new HashMap<>();
        if (ids.isEmpty()) {
            return seen;
        }
        Set<String> wanted = new HashSet<>(ids);
        LocalDate latest = jdbc.queryForObject("SELECT MAX(RUN_DATE) FROM ICP_HISTORY_RUN", LocalDate.class);
        if (latest != null) {
            forEachSeen(latest, s -> {
                if (wanted.contains(s.findingId())) {
                    seen.put(s.findingId(), s);
                }
            });
        }
        List<String> rest = wanted.stream().filter(id -> !seen.containsKey(id)).toList();
        for (int from = 0; from < rest.size(); from += ID_CHUNK) {
            List<String> chunk = rest.subList(from, Math.min(rest.size(), from + ID_CHUNK));
            jdbc.query("SELECT FINDING_ID, SEVERITY, DEADLINE FROM ICP_HISTORY_RESOLVED WHERE FINDING_ID IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY LAST_SEEN", rs -> {
                        // the latest last: it stands
                        seen.put(rs.getString(1), new Seen(rs.getString(1), Severity.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class)));
                    }, chunk.toArray());
        }
        return seen;
    }

    /**
     * As {@link #record(RecordedRun, List, Trend, List)} compared with no earlier run (the run recorded
     * before is read), the ids worked out from the findings' keys.
     */
    public void record(RecordedRun run, List<Finding> findings, Map<FindingKey, LocalDate> firstSeen) {
        record(run, findings, Trend.firstRun(firstSeen), findings.stream().map(f -> FindingId.of(f.key())).toList());
    }

    /** The recorded run of a date, if any. */
    public Optional<RecordedRun> run(LocalDate runDate) {
        return jdbc.query(SELECT_RUN + " WHERE RUN_DATE = ?", FindingHistory::run, runDate).stream().findFirst();
    }

    /** The recorded runs before a date, the latest first. */
    public List<RecordedRun> runsBefore(LocalDate runDate) {
        return jdbc.query(SELECT_RUN + " WHERE RUN_DATE < ? ORDER BY RUN_DATE DESC", FindingHistory::run, runDate);
    }

    /** Streams the findings recorded for a run date, without holding them all in memory. */
    public void forEachFinding(LocalDate runDate, Consumer<RecordedFinding> action) {
        transaction.executeWithoutResult(status -> jdbc.query("""
                SELECT RULE, SUBJECT_NO, SERVICE_NO, OBJECT, SEVERITY, CUSTOMER_ID, PROVINCE, DEADLINE, DETAIL,
                    FIRST_SEEN
                FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?""", rs -> {
            action.accept(new RecordedFinding(runDate,
                    new FindingKey(RuleCode.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                    Severity.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                    rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, LocalDate.class)));
        }, runDate));
    }

    /** How many findings of each severity a run recorded. */
    public Map<Severity, Integer> countBySeverity(LocalDate runDate) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        jdbc.query("SELECT SEVERITY, FINDINGS FROM ICP_HISTORY_SEVERITY WHERE RUN_DATE = ?",
                rs -> {
                    counts.put(Severity.valueOf(rs.getString(1)), rs.getInt(2));
                }, runDate);
        return counts;
    }

    /** Forgets the runs before a date and their findings; returns how many runs. */
    public int pruneBefore(LocalDate cutoff) {
        return transaction.execute(status -> {
            jdbc.update("DELETE FROM ICP_HISTORY_FINDING WHERE RUN_DATE < ?", cutoff);
            // a finding last found before the cutoff is no longer in the history
            jdbc.update("DELETE FROM ICP_HISTORY_RESOLVED WHERE LAST_SEEN < ?", cutoff);
            jdbc.update("DELETE FROM ICP_HISTORY_SEVERITY WHERE RUN_DATE < ?", cutoff);
            return jdbc.update("DELETE FROM ICP_HISTORY_RUN WHERE RUN_DATE < ?", cutoff);
        });
    }

    private static RecordedRun run(ResultSet rs, int row) throws SQLException {
        return new RecordedRun(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }
}
