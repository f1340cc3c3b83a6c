package dev.dlint.syntax;

import java.util.ArrayList;
import java.util.List;

/** Temporary word splitter for heredoc detection; to be replaced by the shared BuildKit shell lexer. */
final class ShellWords {

    record Word(String text, int start, int end) {
    }

    private ShellWords() {
    }

    /** Words with quotes and escapes kept; empty when the line cannot be lexed. */
    static List<Word> splitRaw(String s) {
        List<Word> words = split(s, true);
        return words == null ? List.of() : words;
    }

    /** Words with quotes and escapes removed; null when the text cannot be lexed. */
    static List<String> splitUnquoted(String s) {
        List<Word> words = split(s, false);
        if (words == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(w.text());
        }
        return out;
    }

    private static List<Word> split(String s, boolean raw) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && start < 0) {
                i++;
                continue;
            }
            if (GoSpace.isSpace(c)) {
                words.add(new Word(word.toString(), start, i));
                word.setLength(0);
                start = -1;
                i++;
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (c == '\'' || c == '"') {
                int close = s.indexOf(c, i + 1);
                if (c == '"') {
                    close = i + 1;
                    while (close < s.length() && s.charAt(close) != '"') {
                        close += s.charAt(close) == '\\' ? 2 : 1;
                    }
                    if (close >= s.length()) {
                        close = -1;
                    }
                }
                if (close < 0) {
                    return null;
                }
                word.append(raw ? s.substring(i, close + 1) : unescapeDouble(s.substring(i + 1, close), c));
                i = close + 1;
                continue;
            }
            if (c == '\\') {
                if (raw) {
                    word.append(c);
                }
                if (i + 1 < s.length()) {
                    word.append(s.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            word.append(c);
            i++;
        }
        if (start >= 0) {
            words.add(new Word(word.toString(), start, s.length()));
        }
        return words;
    }

    private static String unescapeDouble(String inner, char quote) {
        if (quote == '\'') {
            return inner;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && "\"$\\".indexOf(inner.charAt(i + 1)) >= 0) {
                out.append(inner.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
