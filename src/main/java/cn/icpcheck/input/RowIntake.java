package cn.icpcheck.input;

/**
 * Turns a row of one export file into its record and registers it (keys, indexes), or rejects it.
 * Called once per row, in file order.
 */
public interface RowIntake<T> {

    T accept(RowFields fields) throws RowRejectedException;
}
