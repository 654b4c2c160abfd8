package cn.icpcheck.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that notes whether any character it has passed on is one that {@link CellCheck} refuses
 * (a C0 control character other than tab, CR and LF). It sits under the CSV reader's buffer, so
 * every character of a row has passed it before the row is returned: as long as it has seen none,
 * the rows read so far hold none, and their cells need no check character by character. It looks
 * at the file in the blocks the buffer asks for, which costs a fraction of looking at each cell,
 * and stops looking once it has seen one: from then on every cell is checked.
 */
final class ControlCharacterWatch extends FilterReader {

    private boolean seen;

    ControlCharacterWatch(Reader in) {
        super(in);
    }

    /** Whether any character passed on so far is a control character a cell may not hold. */
    boolean seen() {
        return seen;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0 && CellCheck.isForbidden((char) c)) {
            seen = true;
        }
        return c;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        int n = super.read(chars, offset, length);
        for (int i = offset, end = offset + n; !seen && i < end; i++) {
            seen = CellCheck.isForbidden(chars[i]);
        }
        return n;
    }
}
