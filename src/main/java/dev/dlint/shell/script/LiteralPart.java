package dev.dlint.shell.script;

import java.util.Objects;

/**
 * Literal text of a word. The range covers the characters that produce the value, without the surrounding quote marks.
 *
 * @param value  the text after quote and backslash removal
 * @param quoted whether the text was single-quoted, double-quoted, {@code $'…'}-quoted or backslash-escaped
 */
public record LiteralPart(int start, int end, String value, boolean quoted) implements WordPart {
    public LiteralPart {
        Ranges.check(start, end);
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String unquoted() {
        return value;
    }
}
