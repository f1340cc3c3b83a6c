package dev.dlint.model;

import dev.dlint.text.SourceRange;

/**
 * One ENV or LABEL pair, raw as written (quotes and escapes still in place).
 *
 * @param legacy true for the {@code ENV key value} form, whose value is the rest of the line
 */
public record KeyValue(Word key, Word value, boolean legacy, SourceRange range) {
}
