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
        /** BuildKit refuses an instruction before the first FROM that is not ARG ("no build stage in current context"). */
        BEFORE_FIRST_FROM,
        /** BuildKit refuses an ONBUILD trigger that ONBUILD may not run: ONBUILD, FROM or MAINTAINER. */
        FORBIDDEN_ONBUILD_TRIGGER,
        /** A continued instruction has an empty line in it: BuildKit warns and skips the line. */
        EMPTY_CONTINUATION;

        public boolean isError() {
            return this != EMPTY_CONTINUATION;
        }
    }

    /** An error of BuildKit's instruction layer. */
    public static Diagnostic error(String message, SourceRange range) {
        return error(Kind.SYNTAX_ERROR, message, range);
    }

    /** An error of BuildKit's instruction layer of a kind rules tell apart. */
    public static Diagnostic error(Kind kind, String message, SourceRange range) {
        if (!kind.isError()) {
            throw new IllegalArgumentException(kind + " is not an error");
        }
        return new Diagnostic(kind, message, range, false);
    }

    /** An error that stops BuildKit's parser. */
    public static Diagnostic parserError(String message, SourceRange range) {
        return new Diagnostic(Kind.SYNTAX_ERROR, message, range, true);
    }

    public boolean error() {
        return kind.isError();
    }
}
