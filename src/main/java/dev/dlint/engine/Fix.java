package dev.dlint.engine;

import java.util.List;

/** A suggested change to the file: non-overlapping edits in document order, applied together. */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }
}
