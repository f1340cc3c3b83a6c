package dev.dlint.config;

import dev.dlint.rule.RuleNames;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * hadolint's environment variables ({@code HADOLINT_*}, {@code NO_COLOR}) as settings: they lie under the
 * configuration file and the command line (lists add up, a later source's single value replaces). Booleans are true
 * for {@code 1 y on true yes} in any case, false for anything else, as in hadolint.
 */
public final class HadolintEnvironment {

    /** Every variable read, for docs and tests. */
    public static final List<String> VARIABLES = List.of("NO_COLOR", "HADOLINT_NOFAIL", "HADOLINT_VERBOSE",
            "HADOLINT_STRICT_LABELS", "HADOLINT_DISABLE_IGNORE_PRAGMA", "HADOLINT_FORMAT",
            "HADOLINT_FAILURE_THRESHOLD", "HADOLINT_OVERRIDE_ERROR", "HADOLINT_OVERRIDE_WARNING",
            "HADOLINT_OVERRIDE_INFO", "HADOLINT_OVERRIDE_STYLE", "HADOLINT_IGNORE", "HADOLINT_TRUSTED_REGISTRIES",
            "HADOLINT_REQUIRE_LABELS");

    private static final Set<String> TRUE = Set.of("1", "y", "on", "true", "yes");
    private static final Set<String> LABEL_TYPES = Set.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

    private HadolintEnvironment() {
    }

    /**
     * The settings the environment holds.
     *
     * @param formatNames the names {@code HADOLINT_FORMAT} may give; others are dropped with a note, as hadolint
     *                    drops them
     * @throws IllegalArgumentException naming the variable, for an unknown rule or threshold
     */
    public static CommandLineSettings read(Map<String, String> env, RuleNames names, Set<String> formatNames,
                                           Consumer<String> notes) {
        Optional<Severity> threshold = Optional.ofNullable(env.get("HADOLINT_FAILURE_THRESHOLD"))
                .filter(v -> !v.isBlank()).map(v -> threshold(v.strip()));
        List<String> ignored = codes(env, "HADOLINT_IGNORE", names, notes);
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Severity level : new Severity[] {Severity.STYLE, Severity.INFO, Severity.WARNING, Severity.ERROR}) {
            String variable = "HADOLINT_OVERRIDE_" + level.name();
            for (String code : codes(env, variable, names, notes)) {
                severities.put(code, level);
            }
        }
        List<String> registries = list(env.get("HADOLINT_TRUSTED_REGISTRIES"));
        Map<String, Object> labelOptions = new LinkedHashMap<>();
        List<String> labels = list(env.get("HADOLINT_REQUIRE_LABELS"));
        if (!labels.isEmpty()) {
            labelOptions.put("labels", labelEntries("HADOLINT_REQUIRE_LABELS", labels));
        }
        if (env.containsKey("HADOLINT_STRICT_LABELS")) {
            labelOptions.put("strict", truthy(env.get("HADOLINT_STRICT_LABELS")));
        }
        List<String> formats = new ArrayList<>();
        for (String format : list(env.get("HADOLINT_FORMAT"))) {
            if (formatNames.contains(format.toLowerCase(Locale.ROOT))) {
                formats.add(format);
            } else {
                notes.accept("HADOLINT_FORMAT: unknown format '" + format + "' dropped");
            }
        }
        RunSettings run = new RunSettings(flag(env, "HADOLINT_NOFAIL"),
                env.containsKey("NO_COLOR") ? Optional.of(true) : Optional.empty(), flag(env, "HADOLINT_VERBOSE"),
                formats);
        return new CommandLineSettings(threshold, ignored, severities, List.of(), registries,
                truthy(env.get("HADOLINT_DISABLE_IGNORE_PRAGMA")), run,
                labelOptions.isEmpty() ? Map.of() : Map.of(ConfigLoader.LABEL_SCHEMA_RULE, labelOptions));
    }

    /** hadolint's {@code name:type} label list, each type checked; {@code source} names the option or variable. */
    public static List<String> labelEntries(String source, List<String> entries) {
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            String type = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (colon <= 0 || !LABEL_TYPES.contains(type)) {
                throw new IllegalArgumentException(source + ": '" + entry + "' is not LABEL:TYPE with TYPE one of "
                        + String.join(", ", new java.util.TreeSet<>(LABEL_TYPES)));
            }
        }
        return entries;
    }

    private static Severity threshold(String text) {
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("ignore")) {
            return Severity.STYLE;
        }
        return Severity.parse(text).orElseThrow(() -> new IllegalArgumentException("HADOLINT_FAILURE_THRESHOLD: unknown"
                + " severity '" + text + "' (use error, warning, info, style or none)"));
    }

    private static List<String> codes(Map<String, String> env, String variable, RuleNames names,
                                      Consumer<String> notes) {
        List<String> ids = new ArrayList<>();
        for (String code : list(env.get(variable))) {
            RuleNames.Name name = names.find(code).orElseThrow(() -> new IllegalArgumentException(variable + ": "
                    + names.unknown(code)));
            name.skip().ifPresent(check -> notes.accept(variable + ": " + check.note()));
            ids.add(name.id());
        }
        return ids;
    }

    private static Optional<Boolean> flag(Map<String, String> env, String variable) {
        return env.containsKey(variable) ? Optional.of(truthy(env.get(variable))) : Optional.empty();
    }

    static boolean truthy(String value) {
        return value != null && TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
