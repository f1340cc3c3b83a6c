package dev.dlint.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What dlint knows about one tool's command line: the names it is run by, how its options are spelled and its command
 * tree with every level's options. Immutable; made with {@link #builder(String)}.
 */
public final class ToolSpec {
    private final String name;
    private final Set<String> names;
    private final List<Pattern> namePatterns;
    private final ParseStyle style;
    private final boolean abbreviations;
    private final boolean bundledFirstWord;
    private final CommandSpec root;

    private ToolSpec(Builder builder) {
        this.name = builder.name;
        this.names = Set.copyOf(builder.names);
        this.namePatterns = List.copyOf(builder.namePatterns);
        this.style = builder.style;
        this.abbreviations = builder.abbreviations;
        this.bundledFirstWord = builder.bundledFirstWord;
        this.root = Objects.requireNonNull(builder.root, "root level of " + builder.name);
    }

    /** A tool whose canonical name is {@code name}; it is also run by that name unless {@link Builder#names} says otherwise. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The canonical name: {@code pip} for {@code pip3.12} and {@code python3 -m pip}. */
    public String name() {
        return name;
    }

    /** The command names (basenames) that run this tool, other than by {@link #namePatterns()}. */
    public Set<String> names() {
        return names;
    }

    /** Patterns for families of names such as {@code pip3.12}; matched against the whole basename. */
    public List<Pattern> namePatterns() {
        return namePatterns;
    }

    /** How options are spelled. */
    public ParseStyle style() {
        return style;
    }

    /** Whether a long option may be abbreviated to any unambiguous prefix ({@code --recur} for {@code --recursive}). */
    public boolean abbreviations() {
        return abbreviations;
    }

    /**
     * Whether a first argument made only of letters is a cluster of short options written without the dash, each
     * value-taking one taking the next word in turn: {@code tar xzf FILE}, {@code tar cfb FILE 20}.
     */
    public boolean bundledFirstWord() {
        return bundledFirstWord;
    }

    /** The top level of the command tree. */
    public CommandSpec root() {
        return root;
    }

    /** Whether {@code commandName} (a basename) runs this tool. */
    public boolean isRunBy(String commandName) {
        if (names.contains(commandName)) {
            return true;
        }
        for (Pattern pattern : namePatterns) {
            if (pattern.matcher(commandName).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The levels from the root down along {@code path} (canonical subcommand names), as far as they exist: the root alone for
     * an empty path.
     */
    public List<CommandSpec> levels(List<String> path) {
        List<CommandSpec> levels = new ArrayList<>();
        CommandSpec level = root;
        levels.add(level);
        for (String step : path) {
            Optional<CommandSpec> next = level.subcommand(step);
            if (next.isEmpty()) {
                break;
            }
            level = next.get();
            levels.add(level);
        }
        return levels;
    }

    /**
     * The option spelled {@code spelling} at the end of {@code path}, looked up from the innermost level outwards, so that a
     * subcommand's own option wins over a global one of the same spelling.
     */
    public Optional<OptionSpec> option(String spelling, List<String> path) {
        List<CommandSpec> levels = levels(path);
        for (int i = levels.size() - 1; i >= 0; i--) {
            Optional<OptionSpec> found = levels.get(i).option(spelling);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ToolSpec[" + name + "]";
    }

    /** Collects a tool's names and settings. */
    public static final class Builder {
        private final String name;
        private final List<String> names = new ArrayList<>();
        private final List<Pattern> namePatterns = new ArrayList<>();
        private ParseStyle style = ParseStyle.GETOPT;
        private boolean abbreviations;
        private boolean bundledFirstWord;
        private CommandSpec root;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            this.names.add(name);
        }

        /** More names that run the tool ({@code pip3}, {@code mvnw}). */
        public Builder names(String... more) {
            names.addAll(List.of(more));
            return this;
        }

        /** A regular expression for more names ({@code pip[0-9.]+}). */
        public Builder namePattern(String regex) {
            namePatterns.add(Pattern.compile(regex));
            return this;
        }

        public Builder style(ParseStyle value) {
            style = Objects.requireNonNull(value, "style");
            return this;
        }

        /** Allows unambiguous prefixes of long options, as {@code getopt_long} and Python's parsers do. */
        public Builder abbreviations() {
            abbreviations = true;
            return this;
        }

        /** Reads a first argument of letters only as options without their dash; see {@link ToolSpec#bundledFirstWord()}. */
        public Builder bundledFirstWord() {
            bundledFirstWord = true;
            return this;
        }

        /** The top level; its name should be the tool's canonical name. */
        public Builder root(CommandSpec value) {
            root = Objects.requireNonNull(value, "root");
            return this;
        }

        public ToolSpec build() {
            return new ToolSpec(this);
        }
    }
}
