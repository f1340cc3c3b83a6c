package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shell word such as {@code curl}, {@code 'a b'}, {@code "$HOME/x"} or {@code /var/lib/apt/lists/*}.
 *
 * <p>Quote removal is done ({@code 'a b'} has the value {@code a b}); tilde, pathname (glob) and brace expansion are not,
 * so {@code ~/x} and {@code *.deb} keep those characters. A literal part that came from quotes or a backslash is marked
 * {@link LiteralPart#quoted() quoted}, so an unquoted {@code *} can still be told from a quoted one.
 *
 * @param raw   the word exactly as written, quotes included
 * @param parts the pieces of the word in order: literal text, parameter expansions, command substitutions and arithmetic
 *              expansions. Empty only for an empty assignment value ({@code A=})
 */
public record Word(int start, int end, String raw, List<WordPart> parts) implements Node {
    public Word {
        Ranges.check(start, end);
        Objects.requireNonNull(raw, "raw");
        parts = List.copyOf(parts);
    }

    /** Whether the word has no expansion, so its value is known without running anything. */
    public boolean isStatic() {
        for (WordPart part : parts) {
            if (!(part instanceof LiteralPart)) {
                return false;
            }
        }
        return true;
    }

    /** The value after quote removal when the word {@linkplain #isStatic() is static}: {@code 'a b'} gives {@code a b}. */
    public Optional<String> literal() {
        return isStatic() ? Optional.of(unquoted()) : Optional.empty();
    }

    /**
     * The value after quote removal with every expansion left as written: {@code "$HOME"/x} gives {@code $HOME/x}. Equal to
     * {@link #literal()} for a static word; useful for matching paths and patterns that may contain variables.
     */
    public String unquoted() {
        StringBuilder text = new StringBuilder();
        for (WordPart part : parts) {
            text.append(part.unquoted());
        }
        return text.toString();
    }
}
