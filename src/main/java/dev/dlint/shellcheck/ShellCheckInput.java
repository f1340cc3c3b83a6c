package dev.dlint.shellcheck;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One script for ShellCheck: its text exactly as the shell receives it, the dialect, and the variables the environment
 * sets for it (ARG and ENV names in scope), which ShellCheck is told about so that it does not report them as never
 * assigned (SC2154). Equal inputs give equal results, so inputs are the keys of {@link ShellChecker}'s cache.
 *
 * @param assigned valid shell variable names, sorted and without duplicates (others are dropped)
 */
public record ShellCheckInput(String script, Dialect dialect, List<String> assigned) {
    public ShellCheckInput {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(dialect, "dialect");
        TreeSet<String> names = new TreeSet<>();
        for (String name : assigned) {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                names.add(name);
            }
        }
        assigned = List.copyOf(names);
    }

    /**
     * The file ShellCheck reads: the script, then, after an empty line, {@code export} of the assigned names. Appended
     * rather than prepended, so every line and column of the script stays where it is; ShellCheck's check for unassigned
     * variables looks at the whole file, not at the order.
     */
    String fileText() {
        if (assigned.isEmpty()) {
            return script + "\n";
        }
        return script + "\n\nexport " + String.join(" ", assigned) + "\n";
    }
}
