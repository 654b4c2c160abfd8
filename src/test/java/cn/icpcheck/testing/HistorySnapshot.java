package cn.icpcheck.testing;

import org.springframework.jdbc.core.RowMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The history of one run date as the state database holds it, every row as text, in an order that
 * does not depend on the database's collation.
 *
 * @param run      the run's date, previous run date and counts (not the attempt, execution or time)
 * @param findings every column of every finding
 */
public record HistorySnapshot(List<String> run, List<String> findings) {

    private static final RowMapper<String> AS_TEXT = (rs, row) -> IntStream.rangeClosed(1, rs.getMetaData().getColumnCount())
            .mapToObj(column -> {
                try {
                    return rs.getString(column);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            })
            .collect(Collectors.joining("|"));

    public static HistorySnapshot of(StateDatabase database, LocalDate runDate) {
        var jdbc = database.jdbc();
        List<String> run = jdbc.query("""
                SELECT RUN_DATE, PREVIOUS_RUN_DATE, FINDINGS, NEW_FINDINGS, STILL_OPEN, RESOLVED, REJECTED_ROWS
                FROM ICP_HISTORY_RUN WHERE RUN_DATE = ?""", AS_TEXT, runDate);
        List<String> findings = jdbc.query("SELECT * FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?", AS_TEXT, runDate)
                .stream().sorted().toList();
        return new HistorySnapshot(run, findings);
    }
}
