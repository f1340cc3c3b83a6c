package dev.dlint.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One option a tool accepts: its names (aliases of one another, the first being the canonical name) and whether it takes a
 * value.
 *
 * @param names       every spelling with its dashes ({@code -y}, {@code --yes}, {@code --assume-yes}); the first long one
 *                    (else the first) is the canonical name
 * @param arity       whether and how it takes a value
 * @param endsOptions whether every word after the option (and its value) is an operand, as after {@code python -c CODE}
 * @param until       for an option whose value is a list of words ended by one of these ({@code find -exec … ;}): the
 *                    terminators; empty for other options
 * @param delegates   values that make the rest of the command another tool: {@code python -m pip} maps {@code pip} to the
 *                    pip tool's spec
 */
public record OptionSpec(List<String> names, Arity arity, boolean endsOptions, Set<String> until,
                         Map<String, ToolSpec> delegates) {
    public OptionSpec {
        names = List.copyOf(names);
        Objects.requireNonNull(arity, "arity");
        until = Set.copyOf(until);
        delegates = Map.copyOf(delegates);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs a name");
        }
        for (String name : names) {
            if (name.length() < 2 || name.charAt(0) != '-') {
                throw new IllegalArgumentException("option names start with a dash: " + name);
            }
        }
    }

    /** An option with the given names, written as one space-separated string: {@code "-y --yes --assume-yes"}. */
    public static OptionSpec of(String names, Arity arity) {
        return new OptionSpec(List.of(names.trim().split("\\s+")), arity, false, Set.of(), Map.of());
    }

    /** This option, also making the rest of the command line the tool {@code delegates} maps its value to. */
    public OptionSpec delegating(Map<String, ToolSpec> tools) {
        return new OptionSpec(names, arity, endsOptions, until, tools);
    }

    /** This option, also ending the options: every later word is an operand. */
    public OptionSpec endingOptions() {
        return new OptionSpec(names, arity, true, until, delegates);
    }

    /** This option taking as its value the words up to the first of {@code terminators}, which is included. */
    public OptionSpec upTo(String... terminators) {
        return new OptionSpec(names, Arity.REQUIRED, endsOptions, Set.of(terminators), delegates);
    }

    /** The canonical name: the first long name, or the first name when all are short ({@code --yes} for {@code -y}). */
    public String name() {
        for (String spelling : names) {
            if (spelling.startsWith("--")) {
                return spelling;
            }
        }
        return names.get(0);
    }

    /** Whether the option takes a value from the next word when none is attached. */
    public boolean takesValue() {
        return arity == Arity.REQUIRED || arity == Arity.LIST;
    }
}
