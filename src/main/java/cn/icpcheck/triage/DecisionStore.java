package cn.icpcheck.triage;

import cn.icpcheck.history.FindingHistory;
import cn.icpcheck.rules.Severity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff's decisions in the state database (tables of migration version 2): the decision that
 * stands per finding, the append-only audit trail, and what each run date's import took and did.
 */
@Repository
public class DecisionStore {

    /** Ids per IN list. */
    private static final int CHUNK = 500;
    /** The audit's mark of a decision forgotten with the history. */
    static final String FORGOTTEN = "forgotten";

    private static final String COLUMNS = "FINDING_ID, STATUS, NOTE, REVIEW_BY, DECIDED_BY, DECIDED_ON, SEVERITY, DEADLINE, REVISION";
    private static final RowMapper<StoredDecision> DECISION = (rs, n) -> {
        String severity = rs.getString(7);
        return new StoredDecision(rs.getString(1), new Decision(TriageStatus.valueOf(rs.getString(2).toUpperCase()),
                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getLong(9)), severity == null ? null : Severity.valueOf(severity), rs.getObject(8, LocalDate.class));
    };

    private final JdbcTemplate jdbc;
    private final FindingHistory history;
    private final TransactionTemplate transaction;
    /** A transaction of its own, committed when it ends, even inside a step's transaction. */
    private final TransactionTemplate ownTransaction;

    public DecisionStore(DataSource dataSource, PlatformTransactionManager transactionManager, FindingHistory history) {
        this.history = history;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
        this.transaction = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the import of a run date is done: a restart or a rerun does not import again. */
    public boolean imported(LocalDate runDate) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ICP_TRIAGE_RUN WHERE RUN_DATE = ?", Integer.class, runDate) > 0;
    }

    /** The decisions that stand now on these findings. */
    public Map<String, StoredDecision> current(Collection<String> ids) {
        Map<String, StoredDecision> found = new HashMap<>();
        forChunks(ids, (chunk, marks) -> jdbc.query("SELECT " + COLUMNS + " FROM ICP_DECISION WHERE FINDING_ID IN ("
                + marks + ")", DECISION, chunk.toArray()).forEach(d -> found.put(d.findingId(), d)));
        return found;
    }

    /**
     * The decisions as they stood for a run date: per finding, the latest audit row imported by a run
     * of that date or earlier (so a rerun or a backfill sees what its first run saw); none where that
     * row says the decision was forgotten.
     */
    public Map<String, StoredDecision> asOf(LocalDate runDate) {
        Map<String, StoredDecision> decisions = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM ICP_DECISION_AUDIT a WHERE a.RUN_DATE <= ? AND a.REVISION = "
                + "(SELECT MAX(b.REVISION) FROM ICP_DECISION_AUDIT b WHERE b.FINDING_ID = a.FINDING_ID AND b.RUN_DATE <= ?)",
                rs -> {
                    if (!FORGOTTEN.equals(rs.getString(2))) {
                        StoredDecision d = DECISION.mapRow(rs, 0);
                        decisions.put(d.findingId(), d);
                    }
                }, runDate, runDate);
        return decisions;
    }

    /** Which of these ids the history has seen, with the severity and deadline of their latest finding. */
    public Map<String, StoredDecision> seen(Collection<String> ids) {
        Map<String, StoredDecision> seen = new HashMap<>();
        history.lastSeen(ids).forEach((id, s) -> seen.put(id, new StoredDecision(id, null, s.severity(), s.deadline())));
        return seen;
    }

    /** The files the import of a run date took, in the order it took them. */
    public List<InboxFile> files(LocalDate runDate) {
        return jdbc.query("""
                SELECT SHA256, FILE_NAME, OUTCOME, REASON, MOVED_TO, UNCHANGED FROM ICP_TRIAGE_FILE
                WHERE RUN_DATE = ? ORDER BY SEQ""", (rs, n) -> new InboxFile(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)), runDate);
    }

    /** The rows of triage-import.csv of a run date. */
    public List<ImportOutcome> outcomes(LocalDate runDate) {
        return jdbc.query("""
                SELECT FILE_NAME, SHEET, ROW_NO, FINDING_ID, OUTCOME, REASON, STATUS, DECIDED_BY FROM ICP_TRIAGE_ROW
                WHERE RUN_DATE = ? ORDER BY SEQ""", (rs, n) -> new ImportOutcome(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getString(4), ImportOutcome.Outcome.valueOf(rs.getString(5).toUpperCase()),
                rs.getString(6), rs.getString(7), rs.getString(8)), runDate);
    }

    /** When a file of this content was imported before (by an earlier run date, or earlier by this import). */
    public boolean importedBefore(String sha256) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ICP_TRIAGE_FILE WHERE SHA256 = ? AND OUTCOME = ?",
                Integer.class, sha256, InboxFile.IMPORTED) > 0;
    }

    public long lastRevision() {
        Long max = jdbc.queryForObject("SELECT MAX(REVISION) FROM ICP_DECISION_AUDIT", Long.class);
        return max == null ? 0 : max;
    }

    /** A decision applied by an import, with where it came from. */
    public record Applied(StoredDecision decision, String sourceFile, String sourceSha256) {
    }

    /**
     * Records a run date's import in one transaction: the decisions applied (each a new audit row and
     * the decision that now stands), the files taken, the rows of triage-import.csv, and that the import
     * of the date is done. The transaction is its own, committed (and on disk) when this returns, not
     * the caller's: the import step's transaction commits only after the files have moved, and a run
     * killed or failed in between would otherwise find the files moved out of the inbox but their
     * import rolled back, their decisions lost.
     */
    public void saveImport(LocalDate runDate, long jobExecutionId, List<Applied> applied, List<InboxFile> files,
                           List<ImportOutcome> outcomes) {
        ownTransaction.executeWithoutResult(status -> {
            for (Applied a : applied) {
                StoredDecision s = a.decision();
                Decision d = s.decision();
                Object[] values = {s.findingId(), d.status().code(), d.note(), d.reviewBy(), d.decidedBy(),
                        d.decidedOn(), s.severity() == null ? null : s.severity().name(), s.deadline(), d.revision()};
                jdbc.update("INSERT INTO ICP_DECISION_AUDIT (" + COLUMNS + ", SOURCE_FILE, SOURCE_SHA256, RUN_DATE, "
                        + "JOB_EXECUTION_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        concat(values, a.sourceFile(), a.sourceSha256(), runDate, jobExecutionId));
                jdbc.update("DELETE FROM ICP_DECISION WHERE FINDING_ID = ?", s.findingId());
                jdbc.update("INSERT INTO ICP_DECISION (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            int seq = 0;
            for (InboxFile f : files) {
                jdbc.update("""
                        INSERT INTO ICP_TRIAGE_FILE (SHA256, RUN_DATE, SEQ, FILE_NAME, OUTCOME, REASON, MOVED_TO, UNCHANGED)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", f.sha256(), runDate, seq++, f.fileName(), f.outcome(),
                        cut(f.reason(), 1000), f.movedTo(), f.unchanged());
            }
            seq = 0;
            for (ImportOutcome o : outcomes) {
                jdbc.update("""
                        INSERT INTO ICP_TRIAGE_ROW (RUN_DATE, SEQ, FILE_NAME, SHEET, ROW_NO, FINDING_ID, OUTCOME, REASON,
                            STATUS, DECIDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", runDate, seq++, o.file(),
                        cut(o.sheet(), 200), o.row(), cut(o.findingId(), 200), o.outcome().name(), cut(o.reason(), 1000),
                        cut(o.status(), 10), cut(o.decidedBy(), 200));
            }
            jdbc.update("INSERT INTO ICP_TRIAGE_RUN (RUN_DATE, IMPORTED_AT) VALUES (?, ?)", runDate, LocalDateTime.now());
        });
        if (!files.isEmpty()) {
            makeDurable();
        }
    }

    /**
     * The files move only once the import is on disk: the embedded HSQLDB writes its log some time after
     * a commit, and a run killed in between would find the files moved but their import lost. A
     * checkpoint writes it now (PostgreSQL's commit is durable already).
     */
    private void makeDurable() {
        Boolean hsqldb = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT).contains("hsql"));
        if (Boolean.TRUE.equals(hsqldb)) {
            jdbc.execute("CHECKPOINT");
        }
    }

    /**
     * Forgets the decisions on findings the history no longer holds (after the history was pruned): the
     * decision that stands goes, and the audit gains a row that says so (it is never rewritten).
     */
    public int forgetUnseen(LocalDate runDate) {
        return transaction.execute(status -> {
            List<String> decided = jdbc.queryForList("SELECT FINDING_ID FROM ICP_DECISION ORDER BY FINDING_ID",
                    String.class);
            Set<String> seen = history.lastSeen(decided).keySet();
            List<String> gone = decided.stream().filter(id -> !seen.contains(id)).toList();
            long revision = lastRevision();
            for (String id : gone) {
                jdbc.update("INSERT INTO ICP_DECISION_AUDIT (" + COLUMNS + ", SOURCE_FILE, SOURCE_SHA256, RUN_DATE, "
                        + "JOB_EXECUTION_ID) VALUES (?, ?, '', NULL, 'icp-compliance', ?, NULL, NULL, ?, '', ?, ?, ?)",
                        id, FORGOTTEN, runDate, ++revision, "-".repeat(64), runDate, 0L);
                jdbc.update("DELETE FROM ICP_DECISION WHERE FINDING_ID = ?", id);
            }
            return gone.size();
        });
    }

    private static Object[] concat(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    private interface ChunkQuery {
        void run(List<String> chunk, String marks);
    }

    private static void forChunks(Collection<String> ids, ChunkQuery query) {
        List<String> all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            query.run(chunk, String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")));
        }
    }
}
