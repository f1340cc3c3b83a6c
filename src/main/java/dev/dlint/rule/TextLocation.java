package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.Objects;

/** A range of the linted Dockerfile. */
public record TextLocation(SourceRange range) implements Location {

    public TextLocation {
        Objects.requireNonNull(range, "range");
    }
}
