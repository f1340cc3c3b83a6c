package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * What every instruction has: its position among the file's top-level instructions (-1 for an ONBUILD trigger),
 * its keyword, flags, the comment lines directly above it, its full range (heredoc bodies included) and its logical
 * line as BuildKit assembled it.
 */
public record InstructionHeader(int index, Keyword keyword, List<Flag> flags, List<Comment> comments, SourceRange range,
                                String logicalLine) {

    public InstructionHeader {
        flags = List.copyOf(flags);
        comments = List.copyOf(comments);
    }

    /** The first flag with this name. */
    public Optional<Flag> flag(String name) {
        for (Flag flag : flags) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** All flags with this name, in order (for list flags such as {@code --mount}). */
    public List<Flag> flags(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).toList();
    }
}
