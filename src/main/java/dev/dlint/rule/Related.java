package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * Another place that explains a finding, such as the install a cache-busting COPY invalidates.
 *
 * @param message what the place has to do with the finding
 * @param range   the range in the linted file, or in {@code file} when that is given
 * @param file    another file the place is in (the build's {@code .dockerignore}), as the engine was given the paths;
 *                empty for the linted file itself
 */
public record Related(String message, SourceRange range, Optional<String> file) {

    public Related {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(file, "file");
    }

    /** A place in the linted file. */
    public Related(String message, SourceRange range) {
        this(message, range, Optional.empty());
    }

    /** A place in another file. */
    public static Related inFile(String file, SourceRange range, String message) {
        return new Related(message, range, Optional.of(file));
    }
}
