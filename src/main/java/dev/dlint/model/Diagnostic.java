package dev.dlint.model;

import dev.dlint.text.SourceRange;

/**
 * A problem found while reading the file: a syntax error BuildKit would reject, or a warning BuildKit prints while
 * parsing (an empty continuation line).
 *
 * @param parserLevel true when BuildKit's parser itself fails (no AST at all), false when the file parses but its
 *                    instruction layer rejects an instruction (unknown instruction, bad flag, wrong argument count)
 */
public record Diagnostic(Kind kind, String message, SourceRange range, boolean parserLevel) {

    /** What kind of problem. */
    public enum Kind {
        /** BuildKit refuses the file or the instruction. */
        SYNTAX_ERROR,
        /** A continued instruction has an empty line in it: BuildKit warns and skips the line. */
        EMPTY_CONTINUATION;

        public boolean isError() {
            return this == SYNTAX_ERROR;
        }
    }

    /** An error of BuildKit's instruction layer. */
    public static Diagnostic error(String message, SourceRange range) {
        return new Diagnostic(Kind.SYNTAX_ERROR, message, range, false);
    }

    /** An error that stops BuildKit's parser. */
    public static Diagnostic parserError(String message, SourceRange range) {
        return new Diagnostic(Kind.SYNTAX_ERROR, message, range, true);
    }

    public boolean error() {
        return kind.isError();
    }
}
