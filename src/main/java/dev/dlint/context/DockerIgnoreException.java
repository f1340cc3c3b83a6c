package dev.dlint.context;

/**
 * A {@code .dockerignore} BuildKit would refuse: the message names the file and line ({@code
 * ".dockerignore:4: illegal exclusion pattern: \"!\""}). {@link #line()} is 0 when the file as a whole is at fault.
 */
public final class DockerIgnoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;

    public DockerIgnoreException(String sourceName, int line, String message) {
        super(sourceName + (line > 0 ? ":" + line : "") + ": " + message);
        this.sourceName = sourceName;
        this.line = line;
    }

    public String sourceName() {
        return sourceName;
    }

    public int line() {
        return line;
    }
}
