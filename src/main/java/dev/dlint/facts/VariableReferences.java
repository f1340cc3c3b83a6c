package dev.dlint.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a raw Dockerfile word reads variables: each {@code $NAME} and {@code ${NAME…}} outside single quotes and
 * not escaped, as BuildKit's lexer reads them. References inside the alternative of {@code ${a:-…}} or
 * {@code ${a:+…}} are not listed: they are read only in some cases.
 */
public final class VariableReferences {

    /**
     * One reference.
     *
     * @param name      the variable's name
     * @param start     the index of the {@code $} in the word's text
     * @param end       the index just past the reference ({@code }} included)
     * @param defaulted whether it has a {@code -}, {@code +} or {@code ?} modifier: the word says what happens when the
     *                  variable is unset
     */
    public record Reference(String name, int start, int end, boolean defaulted) {
    }

    private final String text;
    private final char escape;
    private final boolean quotesLiteral;
    private final List<Reference> found = new ArrayList<>();
    private int at;

    private VariableReferences(String text, char escape, boolean quotesLiteral) {
        this.text = text;
        this.escape = escape;
        this.quotesLiteral = quotesLiteral;
    }

    /** The references of a word that BuildKit expands with quotes processed. */
    public static List<Reference> in(String text, char escape) {
        return scan(text, escape, false);
    }

    /** The references of a heredoc body, which BuildKit expands with quotes left as ordinary characters. */
    public static List<Reference> inHeredoc(String text, char escape) {
        return scan(text, escape, true);
    }

    private static List<Reference> scan(String text, char escape, boolean quotesLiteral) {
        VariableReferences scanner = new VariableReferences(text, escape, quotesLiteral);
        scanner.scan();
        return List.copyOf(scanner.found);
    }

    private void scan() {
        boolean doubleQuoted = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == escape && at + 1 < text.length()) {
                char next = text.charAt(at + 1);
                boolean escapes = !doubleQuoted || next == '"' || next == '$' || next == escape;
                at += escapes ? 2 : 1;
            } else if (c == '\'' && !doubleQuoted && !quotesLiteral) {
                int close = text.indexOf('\'', at + 1);
                at = close < 0 ? text.length() : close + 1;
            } else if (c == '"' && !quotesLiteral) {
                doubleQuoted = !doubleQuoted;
                at++;
            } else if (c == '$') {
                reference();
            } else {
                at++;
            }
        }
    }

    private void reference() {
        int start = at;
        at++;
        if (at < text.length() && text.charAt(at) == '{') {
            at++;
            String name = name();
            boolean defaulted = false;
            if (at < text.length() && text.charAt(at) != '}') {
                char modifier = text.charAt(at) == ':' && at + 1 < text.length() ? text.charAt(at + 1) : text.charAt(at);
                defaulted = modifier == '-' || modifier == '+' || modifier == '?';
                skipToClosingBrace();
            } else if (at < text.length()) {
                at++;
            }
            if (!name.isEmpty()) {
                found.add(new Reference(name, start, at, defaulted));
            }
            return;
        }
        String name = name();
        if (!name.isEmpty()) {
            found.add(new Reference(name, start, at, false));
        }
    }

    /** A name: letters, digits and underscores, not starting with a digit (positional parameters are not names). */
    private String name() {
        int start = at;
        if (at < text.length() && Character.isDigit(text.charAt(at))) {
            return "";
        }
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipToClosingBrace() {
        int depth = 1;
        while (at < text.length() && depth > 0) {
            char c = text.charAt(at);
            if (c == escape) {
                at++;
            } else if (c == '{' && at > 0 && text.charAt(at - 1) == '$') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            at++;
        }
    }
}
