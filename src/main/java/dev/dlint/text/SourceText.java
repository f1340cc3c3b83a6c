package dev.dlint.text;

import java.util.Arrays;

/**
 * The text of a Dockerfile, decoded losslessly from its bytes.
 *
 * <p>Valid UTF-8 decodes as usual. Each byte of an invalid sequence (decided with Go's rules: one byte per error,
 * as BuildKit sees it) becomes the lone surrogate {@code U+DC00 + byte}, so the original bytes can be recovered for
 * BuildKit's AST dump while every other consumer sees an ordinary Java string. A leading UTF-8 byte-order mark is
 * dropped and remembered. Lines end at {@code \n}; columns count UTF-16 code units.
 */
public final class SourceText {

    private final String text;
    private final boolean byteOrderMark;
    private final int[] lineStarts;

    private SourceText(String text, boolean byteOrderMark) {
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        this.lineStarts = indexLines(text);
    }

    public static SourceText decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        return new SourceText(Utf8.decodeLossless(bytes, bom ? 3 : 0, bytes.length), bom);
    }

    public static SourceText of(String text) {
        boolean bom = text.startsWith("\uFEFF");
        return new SourceText(bom ? text.substring(1) : text, bom);
    }

    /** The decoded text, without the byte-order mark. */
    public String text() {
        return text;
    }

    public boolean hasByteOrderMark() {
        return byteOrderMark;
    }

    public int length() {
        return text.length();
    }

    /** The bytes this text was decoded from: the byte-order mark, if there was one, and the text as it was read. */
    public byte[] encode() {
        byte[] body = Utf8.encodeLossless(text);
        if (!byteOrderMark) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** A line's terminator as written: {@code "\r\n"}, {@code "\n"}, or empty for a last line without one. */
    public String lineTerminator(int line) {
        return text.substring(lineContentEnd(line), lineEnd(line));
    }

    /** The line ending the file uses: its first line's terminator, {@code "\n"} for a file of one unterminated line. */
    public String newline() {
        String first = lineTerminator(1);
        return first.isEmpty() ? "\n" : first;
    }

    /** Number of physical lines; a final newline does not start another line. */
    public int lineCount() {
        int count = lineStarts.length;
        if (count > 1 && lineStarts[count - 1] == text.length()) {
            return count - 1;
        }
        return count;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past a line's content: before its {@code \n} and any {@code \r} characters preceding it. */
    public int lineContentEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return end;
    }

    /** Offset just past a line including its terminator. */
    public int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] : text.length();
    }

    /** A line's content without its terminator. */
    public String line(int line) {
        return text.substring(lineStart(line), lineContentEnd(line));
    }

    /** The 1-based line holding an offset. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of an offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The range from one offset (inclusive) to another (exclusive). */
    public SourceRange range(int start, int end) {
        int startLine = lineOf(start);
        int endLine = lineOf(end);
        return new SourceRange(startLine, start - lineStarts[startLine - 1] + 1, endLine, end - lineStarts[endLine - 1] + 1);
    }

    /** Offset of a 1-based line and column. */
    public int offset(int line, int column) {
        return lineStarts[line - 1] + column - 1;
    }

    /** The range of a whole line's content. */
    public SourceRange lineRange(int line) {
        return range(lineStart(line), lineContentEnd(line));
    }

    private static int[] indexLines(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
