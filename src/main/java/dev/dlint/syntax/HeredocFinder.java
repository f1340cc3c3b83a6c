package dev.dlint.syntax;

import dev.dlint.shell.expand.LexedWord;
import dev.dlint.shell.expand.LexerOptions;
import dev.dlint.shell.expand.ShellEnvironment;
import dev.dlint.shell.expand.ShellLexException;
import dev.dlint.shell.expand.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's heredoc detection on a logical line: the line is lexed into shell words (escape {@code \}, quotes and
 * escapes kept, unset variables kept, {@code <<} glued to the blanks after it), and every word matching
 * {@code ^(\d*)<<(-?)\s*([^<]*)$} whose remainder is exactly one word opens a heredoc. If the line cannot be lexed
 * (an unbalanced quote anywhere), it has no heredocs at all.
 */
final class HeredocFinder {

    private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)$", Pattern.DOTALL);
    private static final ShellLexer LINE_LEXER = new ShellLexer(LexerOptions.heredocDetection());
    private static final ShellLexer NAME_LEXER = new ShellLexer(LexerOptions.defaults().withSkipUnsetEnv(true));
    private static final ShellLexer RAW_NAME_LEXER =
            new ShellLexer(LexerOptions.defaults().withSkipUnsetEnv(true).withRawQuotes(true));

    private HeredocFinder() {
    }

    static List<HeredocMarker> find(String line) {
        if (!line.contains("<<")) {
            return List.of();
        }
        List<LexedWord> words;
        try {
            words = LINE_LEXER.processWords(line, ShellEnvironment.empty());
        } catch (ShellLexException e) {
            return List.of();
        }
        List<HeredocMarker> markers = new ArrayList<>();
        for (LexedWord word : words) {
            HeredocMarker marker = parse(word.text(), word.start(), word.end());
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** BuildKit's {@code ParseHeredoc} for one word, or null when it is not a heredoc. */
    static HeredocMarker parse(String word, int start, int end) {
        Matcher m = HEREDOC.matcher(word);
        if (!m.matches() || m.group(3).isEmpty()) {
            return null;
        }
        try {
            List<LexedWord> names = NAME_LEXER.processWords(m.group(3), ShellEnvironment.empty());
            List<LexedWord> rawNames = RAW_NAME_LEXER.processWords(m.group(3), ShellEnvironment.empty());
            if (names.size() != 1 || rawNames.size() != 1) {
                return null;
            }
            String name = names.get(0).text();
            boolean expand = quoteCount(name) == quoteCount(rawNames.get(0).text());
            int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
            return new HeredocMarker(name, fd, m.group(2).equals("-"), expand, start, end);
        } catch (ShellLexException e) {
            return null;
        }
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
