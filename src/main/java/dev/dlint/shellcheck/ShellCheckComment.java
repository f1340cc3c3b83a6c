package dev.dlint.shellcheck;

import java.util.Objects;

/**
 * One diagnostic of ShellCheck, placed in the script it checked.
 *
 * @param code    ShellCheck's code: {@code SC2086}
 * @param level   {@code error}, {@code warning}, {@code info} or {@code style}
 * @param message ShellCheck's message
 * @param start   offset of the first character in {@link ShellCheckInput#script()}
 * @param end     offset just past the last character (equal to {@code start} for a position)
 */
public record ShellCheckComment(String code, String level, String message, int start, int end) {
    public ShellCheckComment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** Whether ShellCheck's parser reported it (codes SC1000–SC1999: syntax errors and parse-level warnings). */
    public boolean fromParser() {
        return code.startsWith("SC1");
    }
}
