package dev.dlint.shell.expand;

import dev.dlint.text.GoQuote;

/**
 * A word could not be processed: unbalanced quotes, a malformed {@code ${…}}, a failed {@code ${v?msg}}
 * check or an invalid pattern.
 *
 * <p>{@link #getMessage()} is BuildKit's complete error text, {@code failed to process "<input>": <reason>}
 * with the input quoted like Go's {@code %q}; {@link #reason()} is the part after the colon, for example
 * {@code syntax error: missing '}'} or {@code unsupported modifier (:=) in substitution}.
 */
public class ShellLexException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input  the text that was being processed
     * @param reason BuildKit's message for the failure, without the {@code failed to process} prefix
     */
    public ShellLexException(String input, String reason) {
        super("failed to process " + GoQuote.quote(input) + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    /** The text that was being processed. */
    public String input() {
        return input;
    }

    /** BuildKit's message for the failure, without the {@code failed to process "…":} prefix. */
    public String reason() {
        return reason;
    }
}
