package cn.icpcheck.filing.compact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strings kept as UTF-8 bytes, appended to pages of 256 KiB, each addressed by an int. A registry
 * of a million rows keeps several million short strings; as {@code String} objects each costs its
 * characters plus some 40 bytes of headers and references, here it costs its bytes plus one or two
 * bytes of length (and the int its owner keeps). Append-only: nothing is ever removed.
 *
 * <p>Not thread-safe: one thread writes (a reading step); others may read once it is done.
 */
public final class TextArena {

    /** The address of a missing (null) string. */
    public static final int NULL = Integer.MIN_VALUE;

    /**
     * 256 KiB: less than half of G1's smallest region, so a page is an ordinary allocation, not a
     * humongous one (which would take a whole region or two of its own).
     */
    private static final int PAGE_BITS = 18;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    /** A string longer than this (in UTF-8) would waste much of a page: it is kept as it is. */
    private static final int LARGEST_IN_PAGE = 1 << 12;

    private final List<byte[]> pages = new ArrayList<>();
    /** Strings too long for a page, addressed by negative numbers: -1 is the first. */
    private final List<String> large = new ArrayList<>();
    private byte[] page;
    private int used = PAGE_SIZE;
    /** The writing thread's scratch for a text's UTF-8: there is one ({@link #add}). */
    private final Utf8.Scratch written = new Utf8.Scratch();

    /** Stores a string; returns its address, {@link #NULL} for null. */
    public int add(String text) {
        if (text == null) {
            return NULL;
        }
        byte[] utf8 = written.bytes(text.length());
        return add(utf8, Utf8.encode(text, 0, text.length(), utf8, 0), text);
    }

    /** Stores {@code utf8[0..length)}, the UTF-8 bytes of {@code text}; returns its address. */
    int add(byte[] utf8, int length, String text) {
        if (length > LARGEST_IN_PAGE) {
            large.add(text);
            return -large.size();
        }
        int needed = length + (length < 0x80 ? 1 : 2);
        if (used + needed > PAGE_SIZE) {
            if (pages.size() == 1 << (31 - PAGE_BITS)) {
                throw new IllegalStateException("more than 2 GiB of text in one registry");
            }
            page = new byte[PAGE_SIZE];
            pages.add(page);
            used = 0;
        }
        int address = ((pages.size() - 1) << PAGE_BITS) | used;
        // the length: one byte below 128, else two (the first with its high bit set)
        if (length < 0x80) {
            page[used++] = (byte) length;
        } else {
            page[used++] = (byte) (0x80 | length >>> 8);
            page[used++] = (byte) length;
        }
        System.arraycopy(utf8, 0, page, used, length);
        used += length;
        return address;
    }

    /** The string at an address; null for {@link #NULL}. */
    public String get(int address) {
        if (address == NULL) {
            return null;
        }
        if (address < 0) {
            return large.get(-address - 1);
        }
        byte[] p = pages.get(address >>> PAGE_BITS);
        int at = address & (PAGE_SIZE - 1);
        int length = p[at++];
        if (length < 0) {
            length = (length & 0x7F) << 8 | p[at++] & 0xFF;
        }
        return Utf8.decode(p, at, length);
    }

    /** Whether the string at an address has exactly the UTF-8 bytes {@code utf8[0..length)} ({@code text} being their string). */
    boolean equalsAt(int address, byte[] utf8, int utf8Length, String text) {
        if (address < 0) {
            return large.get(-address - 1).equals(text);
        }
        byte[] p = pages.get(address >>> PAGE_BITS);
        int at = address & (PAGE_SIZE - 1);
        int length = p[at++];
        if (length < 0) {
            length = (length & 0x7F) << 8 | p[at++] & 0xFF;
        }
        return length == utf8Length && Arrays.equals(p, at, at + length, utf8, 0, length);
    }

    /** {@link KeyIndex#hash} of the UTF-8 bytes of the string at an address. */
    int hashAt(int address) {
        if (address < 0) {
            byte[] utf8 = large.get(-address - 1).getBytes(StandardCharsets.UTF_8);
            return KeyIndex.hash(utf8, 0, utf8.length);
        }
        byte[] p = pages.get(address >>> PAGE_BITS);
        int at = address & (PAGE_SIZE - 1);
        int length = p[at++];
        if (length < 0) {
            length = (length & 0x7F) << 8 | p[at++] & 0xFF;
        }
        return KeyIndex.hash(p, at, length);
    }

    /** Bytes held, for figures. */
    public long bytes() {
        return (long) pages.size() * PAGE_SIZE;
    }
}
