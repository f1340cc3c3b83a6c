package dev.dlint.model;

import dev.dlint.text.SourceRange;

/** A comment line: its text after {@code #}, trimmed, and the range of the whole comment. */
public record Comment(String text, SourceRange range) {
}
