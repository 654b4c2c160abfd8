package cn.icpcheck.filing.compact;

/**
 * Repeated strings kept once, each known by a number: the customer id of a subject's instances,
 * the registrant of a subject's domains, the few distinct registry statuses. A row then keeps an
 * int where it would keep a reference to its own copy.
 *
 * <p>Two shortcuts, since pools are asked a value for every row: the value interned last is
 * recognised without a lookup (an export lists a customer's instances, a subject's domains,
 * together), and the first {@value #KEPT_AS_STRINGS} values are kept as strings too, so that a
 * small pool (statuses) never decodes one.
 *
 * <p>Not thread-safe: one thread writes (a reading step); others may read once it is done.
 */
public final class StringPool {

    /** The number of a missing (null) value. */
    public static final int NONE = -1;
    private static final int KEPT_AS_STRINGS = 1024;

    private final KeyIndex values = new KeyIndex();
    private final String[] firstValues = new String[KEPT_AS_STRINGS];
    private String lastValue;
    private int lastNumber = NONE;

    /** The number of a value, adding it if it is new; {@link #NONE} for null. */
    public int intern(String value) {
        if (value == null) {
            return NONE;
        }
        if (value.equals(lastValue)) {
            return lastNumber;
        }
        int number = values.add(value);
        if (number < 0) {
            number = -number - 1;
        } else if (number < KEPT_AS_STRINGS) {
            firstValues[number] = value;
        }
        lastValue = value;
        lastNumber = number;
        return number;
    }

    /** {@link KeyIndex#reserveFor}: room for the values to come at the rate they came so far. */
    public void reserveFor(long rowsSoFar, long rowsInAll) {
        values.reserveFor(rowsSoFar, rowsInAll);
    }

    /** The value with this number; null for {@link #NONE}. */
    public String get(int number) {
        if (number == NONE) {
            return null;
        }
        if (number < 0 || number >= values.size()) {
            throw new IndexOutOfBoundsException(number);
        }
        return number < KEPT_AS_STRINGS ? firstValues[number] : values.key(number);
    }

    /** How many distinct values the pool holds. */
    public int size() {
        return values.size();
    }
}
