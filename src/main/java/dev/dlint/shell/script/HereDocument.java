package dev.dlint.shell.script;

import java.util.Objects;

/**
 * The body of a here-document ({@code cat <<EOF … EOF}). The range runs from the first body line to the end of the
 * delimiter line (its newline excluded), or to the end of the input when the delimiter never came.
 *
 * @param delimiter       the delimiter after quote removal, e.g. {@code EOF} for {@code <<'EOF'}
 * @param quotedDelimiter whether the delimiter was quoted, which turns expansion in the body off
 * @param body            the body lines as one word. When the delimiter is unquoted its parts list the parameter
 *                        expansions and command substitutions of the body; otherwise it is one literal. Leading tabs
 *                        that {@code <<-} strips are kept
 */
public record HereDocument(int start, int end, String delimiter, boolean quotedDelimiter, Word body) implements Node {
    public HereDocument {
        Ranges.check(start, end);
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(body, "body");
    }
}
