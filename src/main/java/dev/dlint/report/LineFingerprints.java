package dev.dlint.report;

import dev.dlint.text.SourceText;
import dev.dlint.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub code scanning's {@code primaryLocationLineHash} for every line of a file, computed exactly as
 * github/codeql-action's upload-sarif does, so alerts keep their identity when unrelated lines move.
 *
 * <p>The text is taken as UTF-16 code units (a byte-order mark included). Spaces and tabs are dropped everywhere,
 * {@code \r\n} and a lone {@code \r} become {@code \n}, and a {@code U+FFFF} sentinel ends the text. The hash of a
 * line is a 64-bit polynomial (base 37, wrapping) over the 100 units starting at the line, padded with zeros past
 * the end; it is written as unsigned lowercase hex without leading zeros, followed by {@code :n}, where {@code n}
 * counts earlier lines of the file with the same hash. A final newline opens one more, empty, line.
 */
public final class LineFingerprints {

    static final int BLOCK_SIZE = 100;
    static final long MOD = 37;
    static final char END_OF_FILE = 0xFFFF;

    private final String[] byLine;

    private LineFingerprints(String[] byLine) {
        this.byLine = byLine;
    }

    /** The fingerprints of a decoded Dockerfile, as upload-sarif would compute them from the file's bytes. */
    public static LineFingerprints of(SourceText source) {
        return of(asNodeDecodesIt(source));
    }

    /** The fingerprints of a text given as UTF-16 code units, exactly as read. */
    public static LineFingerprints of(CharSequence text) {
        char[] units = new char[text.length() + 1];
        int count = 0;
        boolean previousWasCarriageReturn = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || (previousWasCarriageReturn && c == '\n')) {
                previousWasCarriageReturn = false;
                continue;
            }
            previousWasCarriageReturn = c == '\r';
            units[count++] = previousWasCarriageReturn ? '\n' : c;
        }
        units[count++] = END_OF_FILE;

        int lines = 1;
        for (int k = 0; k + 1 < count; k++) {
            if (units[k] == '\n') {
                lines++;
            }
        }
        String[] byLine = new String[lines];
        Map<String, Integer> seen = new HashMap<>();
        int line = 0;
        for (int start = 0; start < count; start++) {
            if (start > 0 && units[start - 1] != '\n') {
                continue;
            }
            long hash = 0;
            for (int i = 0; i < BLOCK_SIZE; i++) {
                hash = hash * MOD + (start + i < count ? units[start + i] : 0);
            }
            String hex = Long.toHexString(hash);
            int occurrence = seen.merge(hex, 1, Integer::sum);
            byLine[line++] = hex + ":" + occurrence;
        }
        return new LineFingerprints(byLine);
    }

    /** Number of lines with a fingerprint (a final newline counts as one more line). */
    public int lineCount() {
        return byLine.length;
    }

    /** The fingerprint of a 1-based line, or {@code null} past the last line. */
    public String forLine(int line) {
        return line >= 1 && line <= byLine.length ? byLine[line - 1] : null;
    }

    /**
     * The text as upload-sarif reads the file: Node's UTF-8 decoder with each malformed sequence replaced by one
     * U+FFFD, and the byte-order mark kept. {@link SourceText} keeps malformed bytes as lone surrogates, so the
     * original bytes are rebuilt first when there are any; Java's decoder then replaces them as Node does.
     */
    static String asNodeDecodesIt(SourceText source) {
        String text = source.text();
        String bom = source.hasByteOrderMark() ? "\uFEFF" : "";
        boolean hasRawBytes = false;
        for (int i = 0; i < text.length() && !hasRawBytes; i++) {
            hasRawBytes = Character.isSurrogate(text.charAt(i));
        }
        if (!hasRawBytes) {
            return bom + text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int raw = Utf8.rawByte(c);
            if (raw >= 0) {
                bytes.writeBytes(text.substring(runStart, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(raw);
                runStart = i + 1;
            }
        }
        bytes.writeBytes(text.substring(runStart).getBytes(StandardCharsets.UTF_8));
        return bom + new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
