package dev.dlint.engine;

import dev.dlint.model.SourceRange;

/** Replace the text in {@code range} with {@code replacement}; an empty range inserts, an empty replacement deletes. */
public record TextEdit(SourceRange range, String replacement) {
}
