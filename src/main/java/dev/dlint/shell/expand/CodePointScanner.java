package dev.dlint.shell.expand;

/**
 * Reads a string one code point at a time, the way Go's {@code text/scanner} {@code Peek}/{@code Next}
 * read it: a byte order mark at the very start of the text is skipped, and the end of the text is
 * reported as {@link #EOF}.
 */
final class CodePointScanner {

    /** Returned by {@link #peek()} and {@link #next()} at the end of the text. */
    static final int EOF = -1;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private int position;

    CodePointScanner(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    }

    /** Offset (UTF-16 index) of the next code point. */
    int position() {
        return position;
    }

    /** The next code point without consuming it, or {@link #EOF}. */
    int peek() {
        return codePointAt(position);
    }

    /** The code point after the next one, without consuming anything, or {@link #EOF}. */
    int peekSecond() {
        int next = peek();
        return next == EOF ? EOF : codePointAt(position + Character.charCount(next));
    }

    /** Consumes and returns the next code point, or returns {@link #EOF} at the end. */
    int next() {
        int codePoint = peek();
        if (codePoint != EOF) {
            position += Character.charCount(codePoint);
        }
        return codePoint;
    }

    private int codePointAt(int offset) {
        return offset < text.length() ? text.codePointAt(offset) : EOF;
    }
}
