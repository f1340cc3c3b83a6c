package dev.dlint.engine;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The value of BuildKit's {@code check} directive ({@code # check=skip=A,B;experimental=C;error=true}), read as
 * BuildKit reads it ({@code linter.ParseLintOptions}): only the first space-delimited token counts, at most three
 * {@code ;}-separated {@code key=value} parts, {@code skip} and {@code experimental} take a comma list or
 * {@code all}, {@code error} a Go boolean. A value BuildKit rejects (an unknown key, a part without {@code =}, a bad
 * boolean) makes the build fail there, so it has no options at all.
 *
 * @param comment the rest of the value after the first space, which BuildKit ignores (e.g. a reason)
 */
record CheckOptions(boolean skipAll, Set<String> skip, boolean experimentalAll, Set<String> experimental,
                    boolean error, String comment) {

    private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
    private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

    CheckOptions {
        skip = Set.copyOf(skip);
        experimental = Set.copyOf(experimental);
    }

    static Optional<CheckOptions> parse(String value) {
        String text = value.strip();
        String token = text.split("\\s+", 2)[0];
        String comment = text.substring(token.length()).strip();
        if (token.isEmpty()) {
            return Optional.of(new CheckOptions(false, Set.of(), false, Set.of(), false, comment));
        }
        boolean skipAll = false;
        boolean experimentalAll = false;
        boolean error = false;
        Set<String> skip = new LinkedHashSet<>();
        Set<String> experimental = new LinkedHashSet<>();
        for (String part : token.split(";", 3)) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String key = part.substring(0, equals).strip();
            String v = part.substring(equals + 1).strip();
            switch (key) {
                case "skip":
                    skipAll = v.equals("all");
                    skip = skipAll ? Set.of() : names(v);
                    break;
                case "experimental":
                    experimentalAll = v.equals("all");
                    experimental = experimentalAll ? Set.of() : names(v);
                    break;
                case "error":
                    if (!TRUE.contains(v) && !FALSE.contains(v)) {
                        return Optional.empty();
                    }
                    error = TRUE.contains(v);
                    break;
                default:
                    return Optional.empty();
            }
        }
        return Optional.of(new CheckOptions(skipAll, skip, experimentalAll, experimental, error, comment));
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : list.split(",")) {
            if (!name.strip().isEmpty()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** Whether the options turn on the experimental check {@code name}. */
    boolean turnsOn(String name) {
        return experimentalAll || experimental.contains(name);
    }
}
