package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.Optional;

/**
 * A here-document of RUN, COPY or ADD.
 *
 * @param name           the delimiter after quote removal
 * @param fileDescriptor the fd prefix ({@code 3<<EOF}), 0 when absent
 * @param chomp          {@code <<-}: leading tabs of every body line are removed
 * @param expand         false when the delimiter was quoted, so the body is not variable-expanded
 * @param marker         the {@code <<EOF} word on the instruction line
 * @param body           the body as written, line endings included
 * @param terminator     the terminator line, absent when the file ended first
 */
public record Heredoc(String name, int fileDescriptor, boolean chomp, boolean expand, Word marker, Word body,
                      Optional<SourceRange> terminator) {

    /** The body as BuildKit uses it: with {@code <<-}, leading tabs removed from every line. */
    public String content() {
        return chomp ? body.text().replaceAll("(?m)^\\t+", "") : body.text();
    }
}
