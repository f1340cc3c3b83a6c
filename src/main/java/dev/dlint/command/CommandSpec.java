package dev.dlint.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a tool's command tree: the tool itself or one of its subcommands ({@code apt-get install},
 * {@code npm cache clean}), with the options valid at that level and the subcommands below it. Options of the levels
 * above stay valid below ({@code apt-get install -y}), so a level lists only what it adds. Immutable; made with
 * {@link #builder(String...)}.
 */
public final class CommandSpec {
    private final String name;
    private final List<String> aliases;
    private final List<OptionSpec> options;
    private final List<CommandSpec> subcommands;
    private final boolean permutes;
    private final ToolSpec delegate;
    private final Map<String, OptionSpec> optionsByName;
    private final Map<String, CommandSpec> subcommandsByName;

    private CommandSpec(Builder builder) {
        this.name = builder.names.get(0);
        this.aliases = List.copyOf(builder.names.subList(1, builder.names.size()));
        this.options = List.copyOf(builder.options);
        this.subcommands = List.copyOf(builder.subcommands);
        this.permutes = builder.permutes;
        this.delegate = builder.delegate;
        Map<String, OptionSpec> byName = new LinkedHashMap<>();
        for (OptionSpec option : options) {
            for (String spelling : option.names()) {
                if (byName.putIfAbsent(spelling, option) != null) {
                    throw new IllegalArgumentException(name + ": option " + spelling + " declared twice");
                }
            }
        }
        this.optionsByName = Collections.unmodifiableMap(byName);
        Map<String, CommandSpec> subs = new LinkedHashMap<>();
        for (CommandSpec sub : subcommands) {
            for (String spelling : sub.names()) {
                if (subs.putIfAbsent(spelling, sub) != null) {
                    throw new IllegalArgumentException(name + ": subcommand " + spelling + " declared twice");
                }
            }
        }
        this.subcommandsByName = Collections.unmodifiableMap(subs);
    }

    /** A builder for a level called by the first name and also by the others ({@code "install", "i", "in"}). */
    public static Builder builder(String... names) {
        return new Builder(List.of(names));
    }

    /** The canonical name: a subcommand's name, or the tool's canonical name at the top. */
    public String name() {
        return name;
    }

    /** The other spellings of this subcommand ({@code i} and {@code add} for {@code npm install}). */
    public List<String> aliases() {
        return aliases;
    }

    /** The name and the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The options this level adds to those of the levels above it. */
    public List<OptionSpec> options() {
        return options;
    }

    /** The subcommands, in the order declared. */
    public List<CommandSpec> subcommands() {
        return subcommands;
    }

    /**
     * Whether options may follow operands, as GNU tools allow ({@code rm dir -rf}); when false, the first operand that is not
     * a subcommand ends the options and every later word is an operand (wrappers, {@code go run pkg args}).
     */
    public boolean permutes() {
        return permutes;
    }

    /**
     * The tool that the rest of the command line belongs to once this subcommand is reached: {@code uv pip} continues as
     * {@code pip}.
     */
    public Optional<ToolSpec> delegate() {
        return Optional.ofNullable(delegate);
    }

    /** The option this level declares under {@code spelling} (dashes included), if any. */
    public Optional<OptionSpec> option(String spelling) {
        return Optional.ofNullable(optionsByName.get(spelling));
    }

    /** The subcommand called {@code spelling} (by its name or an alias), if any. */
    public Optional<CommandSpec> subcommand(String spelling) {
        return Optional.ofNullable(subcommandsByName.get(spelling));
    }

    /** Every spelling of every option of this level. */
    public Iterable<String> optionSpellings() {
        return optionsByName.keySet();
    }

    @Override
    public String toString() {
        return "CommandSpec[" + name + "]";
    }

    /** Collects a level's options and subcommands; {@link #build()} makes the immutable spec. */
    public static final class Builder {
        private final List<String> names;
        private final List<OptionSpec> options = new ArrayList<>();
        private final List<CommandSpec> subcommands = new ArrayList<>();
        private boolean permutes = true;
        private ToolSpec delegate;

        private Builder(List<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a command level needs a name");
            }
            this.names = List.copyOf(names);
        }

        /** Flags, one string of aliases each: {@code flags("-y --yes --assume-yes", "-q --quiet")}. */
        public Builder flags(String... aliasGroups) {
            return add(Arity.NONE, aliasGroups);
        }

        /** Options that require a value: {@code values("-o --option", "-t --target-release")}. */
        public Builder values(String... aliasGroups) {
            return add(Arity.REQUIRED, aliasGroups);
        }

        /** Options whose value is one or more words, up to the next option ({@link Arity#LIST}). */
        public Builder lists(String... aliasGroups) {
            return add(Arity.LIST, aliasGroups);
        }

        /** Options whose value, if any, is attached ({@code --eof=END}, {@code -i.bak}). */
        public Builder optionalValues(String... aliasGroups) {
            return add(Arity.OPTIONAL, aliasGroups);
        }

        /** Any option, e.g. one that {@linkplain OptionSpec#endsOptions() ends the options}. */
        public Builder option(OptionSpec option) {
            options.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /** Subcommands. */
        public Builder subcommands(CommandSpec... specs) {
            subcommands.addAll(List.of(specs));
            return this;
        }

        /** Subcommands without options of their own, one string of aliases each: {@code sub("install i", "update")}. */
        public Builder sub(String... aliasGroups) {
            for (String group : aliasGroups) {
                subcommands.add(builder(group.trim().split("\\s+")).build());
            }
            return this;
        }

        /** Makes the first operand end the options (no GNU permutation). */
        public Builder stopAtFirstOperand() {
            permutes = false;
            return this;
        }

        /** Makes the rest of the command line belong to another tool; see {@link CommandSpec#delegate()}. */
        public Builder delegateTo(ToolSpec tool) {
            delegate = Objects.requireNonNull(tool, "tool");
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(this);
        }

        private Builder add(Arity arity, String... aliasGroups) {
            for (String group : aliasGroups) {
                options.add(OptionSpec.of(group, arity));
            }
            return this;
        }
    }
}
