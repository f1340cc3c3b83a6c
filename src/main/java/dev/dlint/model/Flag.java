package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.Optional;

/**
 * A flag word such as {@code --from=build} or {@code --link}: quotes and escapes removed as BuildKit removes them.
 *
 * @param name       the name without the leading {@code --}
 * @param value      the text after the first {@code =}, absent when there is no {@code =}
 * @param word       the whole flag word as written
 * @param nameRange  the range of {@code --name}
 * @param valueRange the range of the value (after {@code =}), or an insertion point after the name
 */
public record Flag(String name, Optional<String> value, Word word, SourceRange nameRange, SourceRange valueRange) {

    public SourceRange range() {
        return word.range();
    }

    /** The value, or the empty string. */
    public String valueOrEmpty() {
        return value.orElse("");
    }

    /** Whether a boolean flag is on: {@code --link} or {@code --link=true} (case-insensitive). */
    public boolean isTrue() {
        return value.isEmpty() || value.get().equalsIgnoreCase("true");
    }
}
