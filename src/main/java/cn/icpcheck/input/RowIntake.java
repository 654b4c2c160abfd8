package cn.icpcheck.input;

/**
 * Turns a row of one export file into its record and registers it (keys, indexes), or rejects it.
 * Called once per row, in file order.
 */
public interface RowIntake<T> {

    T accept(RowFields fields) throws RowRejectedException;

    /**
     * The file holds some {@code rowsInAll} rows, judged from the bytes its first {@code rowsSoFar}
     * took: an intake whose registry grows with the rows makes room for them at once. By default
     * nothing; called at most once per reading, between two rows.
     */
    default void expect(long rowsSoFar, long rowsInAll) {
    }
}
