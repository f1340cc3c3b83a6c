package dev.dlint.image.analysis;

/** A gate threshold is unparsable or out of range; the message names the rule and the value (dive's wording). */
public final class GateConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public GateConfigException(String message) {
        super(message);
    }
}
