package dev.dlint.model;

/**
 * A problem found while reading the file: a syntax error BuildKit would reject ({@code SyntaxError}) or a warning
 * BuildKit prints while parsing ({@code NoEmptyContinuation}).
 */
public record Diagnostic(String rule, boolean error, String message, SourceRange range) {

    public static Diagnostic error(String message, SourceRange range) {
        return new Diagnostic("SyntaxError", true, message, range);
    }
}
