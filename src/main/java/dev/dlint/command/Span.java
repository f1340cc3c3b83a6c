package dev.dlint.command;

/**
 * A range {@code [start, end)} of character offsets into the text that was given to
 * {@link dev.dlint.shell.script.ShellParser#parse(String)} (the {@code RUN} script), the same offsets the shell nodes use.
 * Mapping them to Dockerfile lines and columns is the caller's business.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The characters of {@code source} in this span. */
    public String of(String source) {
        return source.substring(start, end);
    }
}
