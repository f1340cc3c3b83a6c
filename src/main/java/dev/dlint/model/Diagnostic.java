package dev.dlint.model;

/**
 * A problem found while reading the file: a syntax error BuildKit would reject ({@code SyntaxError}) or a warning
 * BuildKit prints while parsing ({@code NoEmptyContinuation}).
 *
 * @param parserLevel true when BuildKit's parser itself fails (no AST at all), false when the file parses but its
 *                    instruction layer rejects an instruction (unknown instruction, bad flag, wrong argument count)
 */
public record Diagnostic(String rule, boolean error, String message, SourceRange range, boolean parserLevel) {

    /** An error of BuildKit's instruction layer. */
    public static Diagnostic error(String message, SourceRange range) {
        return new Diagnostic("SyntaxError", true, message, range, false);
    }

    /** An error that stops BuildKit's parser. */
    public static Diagnostic parserError(String message, SourceRange range) {
        return new Diagnostic("SyntaxError", true, message, range, true);
    }
}
