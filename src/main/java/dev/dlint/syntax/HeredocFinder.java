package dev.dlint.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's heredoc detection on a logical line: the line is lexed into shell words (escape {@code \}, quotes and
 * escapes kept, unset variables kept), and every word matching {@code ^(\d*)<<(-?)([^<]*)$} whose remainder is one
 * word opens a heredoc. If the line cannot be lexed (an unbalanced quote anywhere), it has no heredocs at all.
 */
final class HeredocFinder {

    private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)([^<]*)$", Pattern.DOTALL);

    private HeredocFinder() {
    }

    static List<HeredocMarker> find(String line) {
        if (!line.contains("<<")) {
            return List.of();
        }
        List<ShellWords.Word> words = ShellWords.splitRaw(line);
        List<HeredocMarker> markers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ShellWords.Word word = words.get(i);
            if (word.text().matches("\\d*<<") && i + 1 < words.size()) {
                ShellWords.Word next = words.get(++i);
                word = new ShellWords.Word(word.text() + next.text(), word.start(), next.end());
            }
            HeredocMarker marker = parse(word);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** BuildKit's {@code ParseHeredoc} for one word, or null when it is not a heredoc. */
    static HeredocMarker parse(ShellWords.Word word) {
        Matcher m = HEREDOC.matcher(word.text());
        if (!m.matches() || m.group(3).isEmpty()) {
            return null;
        }
        List<String> names = ShellWords.splitUnquoted(m.group(3));
        if (names == null || names.size() != 1) {
            return null;
        }
        String name = names.get(0);
        String rawName = ShellWords.splitRaw(m.group(3)).get(0).text();
        boolean expand = quoteCount(name) == quoteCount(rawName);
        int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
        return new HeredocMarker(name, fd, m.group(2).equals("-"), expand, word.start(), word.end());
    }

    private static int parseFd(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0; // Go's ParseUint error is ignored by BuildKit
        }
    }

    private static int quoteCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                count++;
            }
        }
        return count;
    }
}
