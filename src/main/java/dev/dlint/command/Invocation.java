package dev.dlint.command;

import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a tool, read from a shell command: which tool, through which wrappers and front, which subcommand, and its
 * options and operands, each with its exact place in the script. Made by {@link Invocations#parse(SimpleCommand)}.
 *
 * <p>Offsets are those of the shell nodes, into the text the shell parser was given; for a command inside an
 * {@code sh -c '…'} string they are already offsets into that outer text (where the string's text is not a verbatim slice of
 * it, because of escapes or quotes inside, they all fall back to the enclosing word's range).
 *
 * @param command      the simple command read
 * @param tool         the tool's canonical name ({@code pip} for {@code pip3.12}); the command's basename for an unknown tool
 * @param spelled      the tool's name as written, without directory: {@code pip3.12}, {@code apt-get}, the {@code pip} of
 *                     {@code python -m pip}
 * @param nameWord     the word holding the tool's name
 * @param spec         the tool's spec; empty for an unknown tool, whose options are parsed generically
 * @param front        the program that ran the tool, for {@code python -m pip} and {@code uv pip}
 * @param subcommands  the subcommand path, canonical names: {@code [cache, clean]} for {@code npm cache clean}
 * @param options      the tool's options in order (a front's options are in {@link Front#options()})
 * @param operands     the operands in order, subcommand words included (marked {@link Operand#subcommand()})
 * @param wrappers     the wrappers around the tool, outermost first
 * @param environment  the variables set for this command by shell assignments and wrappers, in order
 * @param stdinOperands whether more operands come from standard input ({@code xargs rm -f})
 */
public record Invocation(SimpleCommand command, String tool, String spelled, Word nameWord, Optional<ToolSpec> spec,
                         Optional<Front> front, List<String> subcommands, List<Option> options, List<Operand> operands,
                         List<Wrapper> wrappers, List<EnvironmentAssignment> environment, boolean stdinOperands) {
    public Invocation {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(spelled, "spelled");
        Objects.requireNonNull(nameWord, "nameWord");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(front, "front");
        subcommands = List.copyOf(subcommands);
        options = List.copyOf(options);
        operands = List.copyOf(operands);
        wrappers = List.copyOf(wrappers);
        environment = List.copyOf(environment);
    }

    /** Whether dlint has a spec for the tool. */
    public boolean known() {
        return spec.isPresent();
    }

    /** Whether any option is not in the tool's spec (always so for an unknown tool with options). */
    public boolean hasUnknownOptions() {
        return options.stream().anyMatch(option -> !option.known());
    }

    /** Whether the tool is {@code name} (canonical) . */
    public boolean is(String name) {
        return tool.equals(name);
    }

    /** Whether the subcommand path is exactly {@code path}, each step by its name or an alias: {@code isSubcommand("cache", "clean")}. */
    public boolean isSubcommand(String... path) {
        return subcommands.equals(canonicalPath(Arrays.asList(path)));
    }

    /** Whether the subcommand path starts with {@code path} (names or aliases). */
    public boolean isWithin(String... path) {
        List<String> canonical = canonicalPath(Arrays.asList(path));
        return subcommands.size() >= canonical.size() && subcommands.subList(0, canonical.size()).equals(canonical);
    }

    /** Whether the option is given, by any of its aliases: {@code has("-y")} is true for {@code --assume-yes}. */
    public boolean has(String... spellings) {
        for (String spelling : spellings) {
            if (!all(spelling).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** How many times the option is given, by any alias ({@code -qq} counts 2). */
    public int count(String spelling) {
        return all(spelling).size();
    }

    /** Every occurrence of the option, by any alias, in order. */
    public List<Option> all(String spelling) {
        String canonical = canonicalOption(spelling);
        List<Option> found = new ArrayList<>();
        for (Option option : options) {
            if (option.name().equals(canonical) || option.spelled().equals(spelling)) {
                found.add(option);
            }
        }
        return found;
    }

    /** The value of the option's last occurrence, by any alias. */
    public Optional<String> value(String spelling) {
        List<Option> found = all(spelling);
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).value().isPresent()) {
                return found.get(i).value();
            }
        }
        return Optional.empty();
    }

    /** The values of every occurrence of the options given, by any alias, in command-line order. */
    public List<String> values(String... spellings) {
        List<String> canonical = new ArrayList<>();
        for (String spelling : spellings) {
            canonical.add(canonicalOption(spelling));
        }
        List<String> found = new ArrayList<>();
        for (Option option : options) {
            boolean matches = canonical.contains(option.name()) || Arrays.asList(spellings).contains(option.spelled());
            if (matches && option.value().isPresent()) {
                found.add(option.value().get());
            }
        }
        return found;
    }

    /** The operands after the subcommand words: the packages of {@code apt-get install -y curl git}. */
    public List<Operand> operandsAfterSubcommand() {
        int last = -1;
        for (int i = 0; i < operands.size(); i++) {
            if (operands.get(i).subcommand()) {
                last = i;
            }
        }
        return operands.subList(last + 1, operands.size());
    }

    /** The canonical name of {@code spelling} for this invocation's tool and subcommand, or {@code spelling} itself. */
    public String canonicalOption(String spelling) {
        return spec.flatMap(s -> s.option(spelling, subcommands)).map(OptionSpec::name).orElse(spelling);
    }

    private List<String> canonicalPath(List<String> path) {
        if (spec.isEmpty()) {
            return path;
        }
        List<String> canonical = new ArrayList<>();
        CommandSpec level = spec.get().root();
        for (String step : path) {
            Optional<CommandSpec> next = level == null ? Optional.empty() : level.subcommand(step);
            canonical.add(next.map(CommandSpec::name).orElse(step));
            level = next.orElse(null);
        }
        return canonical;
    }
}
