package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.Objects;
import java.util.Optional;

/**
 * A word of a command line that is neither an option nor an option's value: a subcommand name ({@code install}), a
 * package, a path.
 *
 * @param word       the word
 * @param text       its value after quote removal, expansions as written ({@code ${PKG}=1.2})
 * @param subcommand whether the word named a subcommand of the tool
 * @param afterDoubleDash whether it came after a {@code --} that ended the options (some tools give such words another
 *                   meaning: {@code gem install x -- --build-flag})
 */
public record Operand(Word word, String text, boolean subcommand, boolean afterDoubleDash) {
    public Operand {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(text, "text");
    }

    /** Whether the word has no expansion. */
    public boolean isStatic() {
        return word.isStatic();
    }

    /** The value when {@linkplain #isStatic() static}. */
    public Optional<String> literal() {
        return word.literal();
    }

    /** The word's characters, quotes included. */
    public Span span() {
        return new Span(word.start(), word.end());
    }
}
