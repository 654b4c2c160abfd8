package cn.icpcheck.filing;

/** White space as Java sees it ({@link Character#isWhitespace}, {@link Character#isSpaceChar}), among ASCII. */
final class AsciiWhiteSpace {

    private AsciiWhiteSpace() {
    }

    /** For an ASCII character: tab to carriage return, U+001C-U+001F and the space. */
    static boolean is(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
}
