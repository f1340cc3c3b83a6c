package dev.dlint.image.archive.json;

/** A JSON document parsed but does not have the expected shape; the message says what is wrong. */
public final class JsonShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line description. */
    public JsonShapeException(String message) {
        super(message);
    }
}
