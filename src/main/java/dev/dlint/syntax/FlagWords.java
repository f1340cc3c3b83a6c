package dev.dlint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's generic flag extraction ({@code extractBuilderFlags}), which runs for every keyword: leading words that
 * start with {@code --} are flags, quotes inside them toggle quoting and are removed, a backslash takes the next
 * character literally, and a lone {@code --} ends the flags.
 */
public final class FlagWords {

    private FlagWords() {
    }

    /** Go's {@code unicode.IsSpace} applied to a single byte, as the byte-wise flag scanner does. */
    static boolean isByteSpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || c == ' ' || c == 0x85 || c == 0xA0;
    }

    /** Offset where the arguments after the flags start, scanning {@code line[from, to)}. */
    public static int end(CharSequence line, int from, int to) {
        int pos = from;
        while (true) {
            while (pos < to && isByteSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos + 1 >= to || line.charAt(pos) != '-' || line.charAt(pos + 1) != '-') {
                return pos;
            }
            int wordEnd = wordEnd(line, pos, to);
            if (value(line, pos, wordEnd).equals("--")) {
                return wordEnd;
            }
            pos = wordEnd;
        }
    }

    /** End of the flag word starting at {@code start}: the first unquoted space. */
    public static int wordEnd(CharSequence line, int start, int to) {
        char quote = 0;
        int pos = start;
        while (pos < to) {
            char c = line.charAt(pos);
            if (quote == 0 && isByteSpace(c)) {
                return pos;
            }
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            }
            pos++;
        }
        return to;
    }

    /** The flag word's value with quotes and escapes removed. */
    public static String value(CharSequence line, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        char quote = 0;
        for (int pos = start; pos < end; pos++) {
            char c = line.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < end) {
                    out.append(line.charAt(++pos));
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** All flag words of {@code line[from, to)} as {start, end} pairs, the ending {@code --} excluded. */
    public static List<int[]> spans(CharSequence line, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int pos = from;
        while (true) {
            while (pos < to && isByteSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos + 1 >= to || line.charAt(pos) != '-' || line.charAt(pos + 1) != '-') {
                return spans;
            }
            int wordEnd = wordEnd(line, pos, to);
            if (value(line, pos, wordEnd).equals("--")) {
                return spans;
            }
            spans.add(new int[] {pos, wordEnd});
            pos = wordEnd;
        }
    }
}
