package cn.icpcheck.filing.compact;

import java.util.Arrays;

/**
 * One byte per row of a registry (an enum's ordinal, a flag), in the order of the rows' numbers;
 * grows as rows are added, a page of 256 KiB at a time (see {@link IntColumn}).
 */
public final class ByteColumn {

    private static final int PAGE_BITS = 18;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private byte[][] pages = new byte[16][];
    private int size;

    public void add(int value) {
        int page = size >>> PAGE_BITS;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new byte[PAGE_SIZE];
        }
        pages[page][size & (PAGE_SIZE - 1)] = (byte) value;
        size++;
    }

    public int get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return pages[row >>> PAGE_BITS][row & (PAGE_SIZE - 1)];
    }

    public int size() {
        return size;
    }
}
