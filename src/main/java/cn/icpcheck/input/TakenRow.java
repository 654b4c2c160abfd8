package cn.icpcheck.input;

/**
 * One row of an export file as its {@link RowIntake} took it: the record it made and registered, or
 * why the row was rejected.
 *
 * @param record    null when the row was rejected
 * @param rejection null when the row was taken in
 * @param linesLost the physical lines that could not be read from the rejected row's line on
 *                  ({@link ExportRow#linesLost}); else 0
 */
public record TakenRow<T>(T record, RejectedRow rejection, int linesLost) {

    static <T> TakenRow<T> taken(T record) {
        return new TakenRow<>(record, null, 0);
    }

    static <T> TakenRow<T> rejected(RejectedRow rejection, int linesLost) {
        return new TakenRow<>(null, rejection, linesLost);
    }
}
