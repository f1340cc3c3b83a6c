package dev.dlint.shell.script;

/**
 * A token produced by the {@link Lexer}. Offsets are local to the lexer's text.
 *
 * @param text       the operator or word as written; {@code "\n"} for a newline, empty at the end
 * @param word       the scanned word, for {@link Kind#WORD}
 * @param assignment the assignment the word spells when it starts with {@code name=}, or null
 */
record Token(Kind kind, String text, int start, int end, Word word, Assignment assignment) {

    enum Kind { WORD, IO_NUMBER, OPERATOR, NEWLINE, END }

    boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }

    /** Whether this is the unquoted word {@code raw}, as reserved words must be. */
    boolean isWord(String raw) {
        return kind == Kind.WORD && text.equals(raw);
    }

    String describe() {
        switch (kind) {
            case END:
                return "end of input";
            case NEWLINE:
                return "newline";
            default:
                return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
    }
}
