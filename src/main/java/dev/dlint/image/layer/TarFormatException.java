package dev.dlint.image.layer;

import java.io.IOException;

/** The layer stream is not a well-formed tar; the scanner adds the member name. */
public final class TarFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line description. */
    public TarFormatException(String message) {
        super(message);
    }
}
