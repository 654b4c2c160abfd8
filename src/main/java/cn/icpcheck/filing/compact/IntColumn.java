package cn.icpcheck.filing.compact;

import java.util.Arrays;

/**
 * One int per row of a registry, in the order of the rows' numbers; grows as rows are added, a
 * page of 64 Ki values at a time, so that it never copies what it holds and no array is large
 * enough for G1 to treat as humongous.
 */
public final class IntColumn {

    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private int[][] pages = new int[16][];
    private int size;

    public void add(int value) {
        int page = size >>> PAGE_BITS;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new int[PAGE_SIZE];
        }
        pages[page][size & (PAGE_SIZE - 1)] = value;
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
