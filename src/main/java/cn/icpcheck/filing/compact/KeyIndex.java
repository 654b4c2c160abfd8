package cn.icpcheck.filing.compact;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A set of string keys that numbers them 0, 1, 2 … in the order they were first added, so that a
 * registry can keep the rest of a row in arrays indexed by that number. The keys are kept in a
 * {@link TextArena}; the table is open addressing (linear probing) over one long array whose slots
 * hold a key's hash beside its number, so that a probe reads no other memory until the hashes
 * match. A key costs its UTF-8 bytes and some 20 bytes of table, where a {@code HashMap} entry with
 * its key would cost some 100.
 *
 * <p>The hash is computed over the key's UTF-8 bytes rather than taken from
 * {@link String#hashCode()}: short ids such as {@code i-lfls} share String hashes by the
 * thousand, which would turn probing into long searches.
 *
 * <p>Not thread-safe: one thread writes (a reading step); others may read once it is done.
 */
public final class KeyIndex {

    private static final int NO_KEY = -1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The table is grown when more than 7 in 10 of its slots are taken. */
    private static final int MAX_LOAD_PERCENT = 70;

    private final TextArena keys = new TextArena();
    /** Per slot: 0 when empty, else the key's hash in the high half and its number plus one in the low half. */
    private long[] slots = new long[1 << 10];
    /** Per key number: where its text is in {@link #keys}. */
    private final IntColumn addresses = new IntColumn();
    private int size;

    /**
     * Adds a key unless present.
     *
     * @return the new key's number, or {@code -(number + 1)} of the key already there
     */
    public int add(String key) {
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(utf8);
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
            int number = (int) taken - 1;
            if ((int) (taken >>> 32) == hash && keys.equalsAt(addresses.get(number), utf8, key)) {
                return -(number + 1);
            }
        }
        int number = size++;
        addresses.add(keys.add(utf8, key));
        slots[slot] = slot(hash, number);
        if (size * 100L > (long) slots.length * MAX_LOAD_PERCENT) {
            grow();
        }
        return number;
    }

    /** The number of a key, or -1 when it was never added. */
    public int find(String key) {
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(utf8);
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
            int number = (int) taken - 1;
            if ((int) (taken >>> 32) == hash && keys.equalsAt(addresses.get(number), utf8, key)) {
                return number;
            }
        }
        return NO_KEY;
    }

    /** The key with this number. */
    public String key(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException(number);
        }
        return keys.get(addresses.get(number));
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        int mask = larger.length - 1;
        for (long taken : slots) {
            if (taken != 0) {
                int slot = (int) (taken >>> 32) & mask;
                while (larger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                larger[slot] = taken;
            }
        }
        slots = larger;
    }

    private static long slot(int hash, int number) {
        return (long) hash << 32 | (number + 1L);
    }

    /**
     * A 32-bit hash of the bytes, eight at a time (MurmurHash3's finaliser mixes each word and the
     * result), so that the low bits, which pick the slot, depend on every byte.
     */
    static int hash(byte[] utf8) {
        long h = utf8.length;
        int i = 0;
        for (; i + 8 <= utf8.length; i += 8) {
            h = mix(h ^ (long) LONGS.get(utf8, i));
        }
        long last = 0;
        for (int shift = 0; i < utf8.length; i++, shift += 8) {
            last |= (utf8[i] & 0xFFL) << shift;
        }
        h = mix(h ^ last);
        return (int) (h ^ h >>> 32);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
