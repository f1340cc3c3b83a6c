package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.List;
import java.util.Objects;

/**
 * A wrapper that an {@link Invocation} was found inside: the {@code sudo -E} of {@code sudo -E apt-get install x}.
 *
 * @param name     the wrapper's canonical name ({@code sudo})
 * @param word     the word naming it
 * @param span     from the wrapper's name to the end of its last word before the wrapped command
 * @param options  its options
 * @param operands its own operands: the user of {@code gosu}, the duration of {@code timeout}; {@code NAME=VALUE} words
 *                 are in {@link Invocation#environment()} instead
 */
public record Wrapper(String name, Word word, Span span, List<Option> options, List<Operand> operands) {
    public Wrapper {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(span, "span");
        options = List.copyOf(options);
        operands = List.copyOf(operands);
    }
}
