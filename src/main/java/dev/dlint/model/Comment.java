package dev.dlint.model;

/** A comment line: its text after {@code #}, trimmed, and the range of the whole comment. */
public record Comment(String text, SourceRange range) {
}
