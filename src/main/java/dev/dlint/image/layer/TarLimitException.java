package dev.dlint.image.layer;

import java.io.IOException;

/**
 * The layer stream is a tar, but one that passes a count limit of the reader (extension headers): the scanner stops
 * there, reports the limit and analyses the entries read so far.
 */
public final class TarLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line description of the limit, phrased to follow "it has". */
    public TarLimitException(String message) {
        super(message);
    }
}
