package dev.dlint.shell.expand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a word is expanded against. Names are case-sensitive, as on Linux.
 */
@FunctionalInterface
public interface ShellEnvironment {

    /**
     * Looks a variable up.
     *
     * @param name the variable name, possibly empty or a special parameter such as {@code @} or {@code 1}
     * @return its value ({@code ""} when set but empty), or {@code null} when the variable is not set
     */
    String lookup(String name);

    /** An environment in which nothing is set. */
    public static ShellEnvironment empty() {
        return name -> null;
    }

    /**
     * An environment holding a copy of the given variables.
     *
     * @throws NullPointerException if a key or value is null
     */
    public static ShellEnvironment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return copy::get;
    }

    /**
     * An environment built from {@code NAME=value} entries the way BuildKit's {@code EnvsFromSlice} does:
     * the text is split at the first {@code =}, an entry without {@code =} sets the variable to the empty
     * string, and a later entry for the same name wins.
     */
    static ShellEnvironment fromAssignments(List<String> assignments) {
        Map<String, String> variables = new HashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                variables.put(assignment, "");
            } else {
                variables.put(assignment.substring(0, equals), assignment.substring(equals + 1));
            }
        }
        return of(variables);
    }
}
