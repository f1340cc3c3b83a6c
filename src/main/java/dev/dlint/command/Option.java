package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.Objects;
import java.util.Optional;

/**
 * One option as it was given on a command line.
 *
 * @param name        the canonical name from the tool's spec ({@code --yes} for {@code -y}); the spelling itself when the
 *                    option is not {@linkplain #known() known}
 * @param spelled     how it was written, dashes included: {@code -y} also when it came from the cluster {@code -yq}
 * @param value       the value, quotes removed and expansions as written ({@code $(which python)}); empty for a flag
 * @param span        the option's characters: the whole {@code -o} of {@code -ofile} or {@code --yes}, but only the
 *                    {@code y} of {@code -yq} (a flag sharing its word with other flags)
 * @param valueSpan   the value's characters, in the option's word ({@code file} of {@code -ofile}, after the {@code =} of
 *                    {@code --opt=value}) or the whole next word
 * @param word        the word holding the option
 * @param valueWord   the word holding the value, which may be {@code word} itself
 * @param valueStatic whether the value has no expansion, so it is known without running anything
 * @param known       whether the tool's spec declares the option; an unknown one is parsed as a flag without value
 */
public record Option(String name, String spelled, Optional<String> value, Span span, Optional<Span> valueSpan, Word word,
                     Optional<Word> valueWord, boolean valueStatic, boolean known) {
    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spelled, "spelled");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(valueSpan, "valueSpan");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(valueWord, "valueWord");
    }

    /** Whether the option was written with two dashes. */
    public boolean isLong() {
        return spelled.startsWith("--");
    }
}
