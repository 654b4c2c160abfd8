package cn.icpcheck.filing.compact;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A set of string keys that numbers them 0, 1, 2 … in the order they were first added, so that a
 * registry can keep the rest of a row in arrays indexed by that number. The keys are kept in a
 * {@link TextArena}; the table is open addressing (linear probing) over one int array. A key costs
 * its UTF-8 bytes and some 12 bytes of table, where a {@code HashMap} entry with its key would cost
 * some 100.
 *
 * <p>A slot holds the key's number plus one in its low bits, as many as the table has slots (the
 * table never holds more keys than slots), and as many of the key's hash bits as fit above: a probe
 * compares those before it reads the key itself, elsewhere in memory, so it rarely reads a key that
 * does not match. When the table grows, the hashes are computed again from the keys ({@link #grow}).
 *
 * <p>The hash is computed over the key's UTF-8 bytes rather than taken from
 * {@link String#hashCode()}: short ids such as {@code i-lfls} share String hashes by the
 * thousand, which would turn probing into long searches.
 *
 * <p>A key is encoded to UTF-8 into a scratch array to be added or found (the index's own for the
 * writing thread, the reading thread's for a look-up: {@link Utf8.Scratch}), not into an array of
 * its own: 6 % of all the bytes a night allocated went to those arrays.
 *
 * <p>Not thread-safe: one thread writes (a reading step); others may read once it is done.
 */
public final class KeyIndex {

    private static final int NO_KEY = -1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The table is grown when more than 7 in 10 of its slots are taken. */
    private static final int MAX_LOAD_PERCENT = 70;
    private static final int FIRST_SLOT_BITS = 10;
    /** The most slots a table has: 2^30 ints, 4 GiB. */
    private static final int MAX_SLOT_BITS = 30;
    /** A growing table is written in (up to) 2^12 stretches, one after the other (see {@link #grow}). */
    private static final int GROW_STRETCH_BITS = 12;

    private final TextArena keys = new TextArena();
    /** Per slot: 0 when empty, else hash bits above {@link #slotBits} and the key's number plus one below. */
    private int[] slots = new int[1 << FIRST_SLOT_BITS];
    /** log2 of the number of slots: the bits of a slot that hold a number. */
    private int slotBits = FIRST_SLOT_BITS;
    /** Per key number: where its text is in {@link #keys}. */
    private final IntColumn addresses = new IntColumn();
    private int size;
    /** The writing thread's scratch for a key's UTF-8: there is one ({@link #add}). */
    private final Utf8.Scratch written = new Utf8.Scratch();

    /**
     * Adds a key unless present.
     *
     * @return the new key's number, or {@code -(number + 1)} of the key already there
     */
    public int add(String key) {
        byte[] utf8 = written.bytes(key.length());
        int length = Utf8.encode(key, 0, key.length(), utf8, 0);
        int hash = hash(utf8, 0, length);
        int found = find(utf8, length, key, hash);
        if (found != NO_KEY) {
            return -(found + 1);
        }
        int number = size++;
        addresses.add(keys.add(utf8, length, key));
        place(hash, number);
        if (tooFull(size, slots.length)) {
            grow();
        }
        return number;
    }

    /**
     * Makes the table large enough for this many keys in all, so that adding them does not grow it
     * again: growing places every key held once more, and a registry of millions of keys that grew
     * from 1,024 slots did so a dozen times (the last few, over tens of megabytes, about 0.5 s of CPU
     * a night at a million subjects). A table already that large is left as it is.
     */
    public void reserve(long keys) {
        int bits = slotBits;
        while (bits < MAX_SLOT_BITS && tooFull(keys, 1L << bits)) {
            bits++;
        }
        if (bits > slotBits) {
            resize(bits);
        }
    }

    /**
     * Makes room for the keys to come if they keep coming at the rate they came so far: {@link #reserve}
     * as many keys as it holds times {@code rowsInAll / rowsSoFar}.
     */
    public void reserveFor(long rowsSoFar, long rowsInAll) {
        if (rowsSoFar > 0 && rowsInAll > rowsSoFar) {
            reserve(size * rowsInAll / rowsSoFar);
        }
    }

    /** Whether this many keys take more than {@link #MAX_LOAD_PERCENT} of this many slots. */
    private static boolean tooFull(long keys, long slots) {
        return keys * 100 > slots * MAX_LOAD_PERCENT;
    }

    /** The number of a key, or -1 when it was never added. */
    public int find(String key) {
        byte[] utf8 = Utf8.Scratch.of().bytes(key.length());
        int length = Utf8.encode(key, 0, key.length(), utf8, 0);
        return find(utf8, length, key, hash(utf8, 0, length));
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

    /** The slots of the table, for tests. */
    int slots() {
        return slots.length;
    }

    /** The number of the key whose UTF-8 is {@code utf8[0..length)}, or {@link #NO_KEY}. */
    private int find(byte[] utf8, int length, String key, int hash) {
        int mask = slots.length - 1;
        int tag = hash >>> slotBits;
        for (int slot = hash & mask, taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (taken >>> slotBits == tag) {
                int number = (taken & mask) - 1;
                if (keys.equalsAt(addresses.get(number), utf8, length, key)) {
                    return number;
                }
            }
        }
        return NO_KEY;
    }

    /** Puts a number in the first free slot from its hash's. */
    private void place(int hash, int number) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (hash >>> slotBits) << slotBits | (number + 1);
    }

    /** Doubles the table ({@link #resize}). */
    private void grow() {
        if (slotBits == MAX_SLOT_BITS) {
            throw new IllegalStateException("more than " + size + " keys in one index");
        }
        resize(slotBits + 1);
    }

    /**
     * Makes the table {@code 2^bits} slots, more than it has, and places every key again. The keys
     * are placed in the order of their new slots, a stretch of the table at a time
     * ({@link #GROW_STRETCH_BITS}), rather than in the order of their numbers, which would write all
     * over a table of tens of megabytes, each write a miss of the processor's caches: they are sorted
     * by stretch first (a counting sort on the slot's top bits), which costs, while the table grows,
     * an array of 8 bytes a key and one of a count per stretch. Each key's hash is computed twice, to
     * count and to scatter, rather than kept between the two: an array of 4 bytes a key more for no
     * measurable gain (the keys are read in the order they were added, from start to end of the arena).
     */
    private void resize(int bits) {
        slots = new int[1 << bits];
        slotBits = bits;
        int mask = slots.length - 1;
        int shift = Math.max(0, slotBits - GROW_STRETCH_BITS);
        int[] next = new int[(mask >>> shift) + 2];
        for (int number = 0; number < size; number++) {
            next[((keys.hashAt(addresses.get(number)) & mask) >>> shift) + 1]++;
        }
        for (int s = 1; s < next.length; s++) {
            next[s] += next[s - 1];
        }
        // the keys by stretch, as (hash, number) in one long each
        long[] byStretch = new long[size];
        for (int number = 0; number < size; number++) {
            int hash = keys.hashAt(addresses.get(number));
            byStretch[next[(hash & mask) >>> shift]++] = (long) hash << 32 | number;
        }
        for (long key : byStretch) {
            place((int) (key >>> 32), (int) key);
        }
    }

    /**
     * A 32-bit hash of bytes, eight at a time (MurmurHash3's finaliser mixes each word and the
     * result), so that both the low bits, which pick the slot, and the high bits, kept in it, depend
     * on every byte.
     */
    static int hash(byte[] bytes, int from, int length) {
        long h = length;
        int i = from;
        int end = from + length;
        for (; i + 8 <= end; i += 8) {
            h = mix(h ^ (long) LONGS.get(bytes, i));
        }
        long last = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            last |= (bytes[i] & 0xFFL) << shift;
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
