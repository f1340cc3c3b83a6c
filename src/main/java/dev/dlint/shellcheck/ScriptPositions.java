package dev.dlint.shellcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ShellCheck's positions (1-based lines split at {@code \n}, 1-based columns counting code points, a tab as one
 * column, in {@code --format=json1}) into offsets of a Java string (UTF-16 units).
 */
final class ScriptPositions {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    ScriptPositions(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /**
     * The offset of {@code line:column}; a column past the end of its line is the line's end, a line past the last
     * line is the end of the text.
     */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.size()) {
            return text.length();
        }
        int start = lineStarts.get(line - 1);
        int lineEnd = line < lineStarts.size() ? lineStarts.get(line) - 1 : text.length();
        int at = start;
        for (int c = 1; c < column && at < lineEnd; c++) {
            at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < lineEnd ? 2 : 1;
        }
        return at;
    }
}
