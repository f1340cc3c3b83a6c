package dev.dlint.shell.script;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A redirection such as {@code 2>/dev/null}, {@code >&2} or {@code <<'EOF'}. The range covers the file descriptor, the
 * operator and the target, not a here-document's body.
 *
 * @param fd           the file descriptor written before the operator ({@code 2} in {@code 2>&1}), if any
 * @param target       the file, descriptor or here-document delimiter after the operator
 * @param hereDocument the here-document's body, for {@code <<} and {@code <<-}
 */
public record Redirection(int start, int end, OptionalInt fd, RedirectionOperator operator, Word target,
                          Optional<HereDocument> hereDocument) implements Node {
    public Redirection {
        Ranges.check(start, end);
        Objects.requireNonNull(fd, "fd");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(hereDocument, "hereDocument");
    }
}
