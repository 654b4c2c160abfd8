package cn.icpcheck.filing.compact;

/**
 * Repeated strings kept once, each known by a number: the customer id of a subject's instances,
 * the registrant of a subject's domains, the few distinct registry statuses. A row then keeps an
 * int where it would keep a reference to its own copy.
 *
 * <p>Not thread-safe: one thread writes (a reading step); others may read once it is done.
 */
public final class StringPool {

    /** The number of a missing (null) value. */
    public static final int NONE = -1;

    private final KeyIndex values = new KeyIndex();

    /** The number of a value, adding it if it is new; {@link #NONE} for null. */
    public int intern(String value) {
        if (value == null) {
            return NONE;
        }
        int number = values.add(value);
        return number >= 0 ? number : -number - 1;
    }

    /** The value with this number; null for {@link #NONE}. */
    public String get(int number) {
        return number == NONE ? null : values.key(number);
    }

    /** How many distinct values the pool holds. */
    public int size() {
        return values.size();
    }
}
