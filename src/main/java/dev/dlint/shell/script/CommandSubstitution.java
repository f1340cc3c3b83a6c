package dev.dlint.shell.script;

import java.util.Objects;

/**
 * {@code $(commands)} or {@code `commands`}.
 *
 * @param text       the substitution as written, {@code $(} or backquotes included
 * @param script     the commands inside, parsed, with offsets into the same input
 * @param backquoted whether the old {@code `…`} form was used
 * @param quoted     whether the substitution is inside double quotes
 */
public record CommandSubstitution(int start, int end, String text, Script script, boolean backquoted, boolean quoted)
        implements WordPart {
    public CommandSubstitution {
        Ranges.check(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(script, "script");
    }

    @Override
    public String unquoted() {
        return text;
    }
}
