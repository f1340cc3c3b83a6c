package dev.dlint.syntax;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Flag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags each instruction accepts and BuildKit's checks on them ({@code bflag.go}): unknown flags, missing
 * values, non-boolean values of boolean flags, repeated non-list flags.
 */
final class FlagRules {

    private enum Type { BOOL, STRING, LIST }

    private static final Map<String, Map<String, Type>> ACCEPTED = Map.ofEntries(
            Map.entry("from", Map.of("platform", Type.STRING)),
            Map.entry("run", Map.of("mount", Type.LIST, "network", Type.STRING, "security", Type.STRING,
                    "device", Type.LIST)),
            Map.entry("copy", Map.of("from", Type.STRING, "chown", Type.STRING, "chmod", Type.STRING,
                    "link", Type.BOOL, "parents", Type.BOOL, "exclude", Type.LIST)),
            Map.entry("add", Map.of("chown", Type.STRING, "chmod", Type.STRING, "link", Type.BOOL,
                    "keep-git-dir", Type.BOOL, "checksum", Type.STRING, "unpack", Type.BOOL, "exclude", Type.LIST)),
            Map.entry("healthcheck", Map.of("interval", Type.STRING, "timeout", Type.STRING,
                    "start-period", Type.STRING, "start-interval", Type.STRING, "retries", Type.STRING)));

    /** Keywords whose flags BuildKit never parses, so any flag is silently ignored. */
    private static final Set<String> IGNORED = Set.of("arg", "stopsignal");

    private FlagRules() {
    }

    /** Checks the flags of one instruction; {@code healthcheckNone} marks {@code HEALTHCHECK NONE}. */
    static List<Diagnostic> check(String keyword, List<Flag> flags, boolean healthcheckNone) {
        String kw = keyword.toLowerCase(Locale.ROOT);
        if (IGNORED.contains(kw) || healthcheckNone || flags.isEmpty()) {
            return List.of();
        }
        Map<String, Type> accepted = ACCEPTED.getOrDefault(kw, Map.of());
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Flag flag : flags) {
            Type type = accepted.get(flag.name());
            if (type == null) {
                problems.add(Diagnostic.error(unknown(keyword, flag.name(), accepted.keySet()), flag.nameRange()));
                continue;
            }
            if (!used.add(flag.name()) && type != Type.LIST) {
                problems.add(Diagnostic.error("duplicate flag specified: --" + flag.name(), flag.range()));
                continue;
            }
            Optional<String> value = flag.value();
            if (type == Type.BOOL) {
                if (value.isPresent() && value.get().isEmpty()) {
                    problems.add(Diagnostic.error("missing a value on flag: --" + flag.name(), flag.range()));
                } else if (value.isPresent() && !value.get().equalsIgnoreCase("true") && !value.get().equalsIgnoreCase("false")) {
                    problems.add(Diagnostic.error("expecting boolean value for flag --" + flag.name() + ", not: "
                            + value.get(), flag.valueRange()));
                }
            } else if (value.isEmpty()) {
                problems.add(Diagnostic.error("missing a value on flag: --" + flag.name()
                        + " (write --" + flag.name() + "=VALUE; a value after a space is not part of the flag)",
                        flag.range()));
            } else if (kw.equals("copy") && flag.name().equals("from") && value.get().contains("$")) {
                problems.add(Diagnostic.error("variable expansion is not supported for --from, define a new stage"
                        + " with FROM using ARG from global scope as a workaround (FROM ${IMAGE} AS src, then"
                        + " COPY --from=src)", flag.valueRange()));
            }
        }
        return problems;
    }

    private static String unknown(String keyword, String name, Set<String> accepted) {
        String message = "unknown flag: --" + name;
        Optional<String> suggestion = Suggestions.closest(name, accepted);
        if (suggestion.isPresent()) {
            return message + " (did you mean --" + suggestion.get() + "?)";
        }
        if (accepted.isEmpty()) {
            return message + " (" + keyword.toUpperCase(Locale.ROOT) + " accepts no flags)";
        }
        return message + " (" + keyword.toUpperCase(Locale.ROOT) + " accepts "
                + String.join(", ", accepted.stream().sorted().map(f -> "--" + f).toList()) + ")";
    }
}
