package dev.dlint.shell.script;

import java.util.Objects;

/**
 * {@code $(( expression ))}; the expression is not parsed.
 *
 * @param text the expansion as written, {@code $((} and {@code ))} included
 */
public record ArithmeticExpansion(int start, int end, String text, boolean quoted) implements WordPart {
    public ArithmeticExpansion {
        Ranges.check(start, end);
        Objects.requireNonNull(text, "text");
    }

    /** The text between {@code $((} and {@code ))}. */
    public String expression() {
        return text.length() >= 5 ? text.substring(3, text.length() - 2) : "";
    }

    @Override
    public String unquoted() {
        return text;
    }
}
