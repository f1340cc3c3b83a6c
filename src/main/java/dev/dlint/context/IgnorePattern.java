package dev.dlint.context;

import java.util.Objects;

/**
 * One pattern of a {@code .dockerignore} (or of a {@code COPY --exclude} list) as BuildKit uses it.
 *
 * @param line the 1-based line of the ignore file it came from (for {@code --exclude}, its position in the list)
 * @param text the line as written, trimmed ({@code "!/docs/README.md"})
 * @param pattern what is matched: cleaned, relative, without the {@code !} ({@code "docs/README.md"})
 * @param exclusion whether it is a {@code !} pattern, which re-includes what earlier patterns excluded
 */
public record IgnorePattern(int line, String text, String pattern, boolean exclusion) {

    public IgnorePattern {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** {@code "line 3: !docs/README.md"}, for messages pointing at the ignore file. */
    public String describe() {
        return "line " + line + ": " + (exclusion ? "!" : "") + pattern;
    }
}
