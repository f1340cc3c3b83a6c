package dev.dlint.context;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a path is kept out of the build context, and which pattern decided. {@code decidedBy} is empty when no
 * pattern touched the path; it names a {@code !} pattern when that pattern re-included the path.
 */
public record IgnoreVerdict(boolean excluded, Optional<IgnorePattern> decidedBy) {

    public IgnoreVerdict {
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
