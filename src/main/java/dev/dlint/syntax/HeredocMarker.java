package dev.dlint.syntax;

/**
 * A heredoc opened on an instruction line ({@code <<EOF}, {@code <<-'EOF'}, {@code 3<<EOF}).
 *
 * @param name      the delimiter after quote removal
 * @param fd        the file descriptor prefix (0 when absent)
 * @param chomp     {@code <<-}: leading tabs are stripped from the body and the terminator
 * @param expand    false when the delimiter was quoted: the body is not variable-expanded
 * @param start     offset of the marker word in the logical line
 * @param end       exclusive end offset of the marker word in the logical line
 */
public record HeredocMarker(String name, int fd, boolean chomp, boolean expand, int start, int end) {
}
