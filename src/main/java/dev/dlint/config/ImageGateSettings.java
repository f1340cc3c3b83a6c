package dev.dlint.config;

import dev.dlint.image.analysis.CiRules;
import dev.dlint.image.analysis.CiRulesResolver;
import dev.dlint.image.analysis.GateConfigException;
import dev.dlint.syntax.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CI gates of {@code dlint image}: the {@code image:} section of {@code .dlint.yaml}, a {@code .dive-ci} file,
 * the {@code DIVE_RULES_*} environment and command-line values, checked with file, line and key before the resolver
 * ({@link CiRulesResolver}, dive's precedence) combines them.
 *
 * <pre>
 * image:
 *   rules:
 *     lowest-efficiency: 0.9             # dive's lowestEfficiency
 *     highest-wasted-bytes: 20MB         # dive's highestWastedBytes (disabled by default)
 *     highest-user-wasted-percent: 0.1   # dive's highestUserWastedPercent
 *     max-wasted-bytes: 50MiB            # dlint's gate on the exact waste (disabled by default)
 * </pre>
 */
public final class ImageGateSettings {

    /** Per gate: camelCase name (flags, {@code .dive-ci}), kebab-case key ({@code .dlint.yaml}), environment variable. */
    private static final List<List<String>> GATES = List.of(
            List.of("lowestEfficiency", "lowest-efficiency", "DIVE_RULES_LOWEST_EFFICIENCY"),
            List.of("highestWastedBytes", "highest-wasted-bytes", "DIVE_RULES_HIGHEST_WASTED_BYTES"),
            List.of("highestUserWastedPercent", "highest-user-wasted-percent", "DIVE_RULES_HIGHEST_USER_WASTED_PERCENT"),
            List.of("maxWastedBytes", "max-wasted-bytes", ""));
    private static final Set<String> DIVE_GATES = Set.of("lowestEfficiency", "highestWastedBytes",
            "highestUserWastedPercent");

    private ImageGateSettings() {
    }

    /**
     * Resolves the gates: an existing {@code .dive-ci} replaces every other source of dive's three gates (flags
     * included), otherwise flags, then environment, then {@code .dlint.yaml}, then dive's defaults;
     * {@code maxWastedBytes} comes from flags, then {@code .dlint.yaml}.
     *
     * @param diveCi the {@code .dive-ci} file, used if it exists
     * @param flags  command-line values by camelCase name, already checked with {@link #check}
     * @throws ConfigException          for an invalid {@code image:} section or {@code .dive-ci} file
     * @throws IllegalArgumentException for an invalid {@code DIVE_RULES_*} variable that would be used
     */
    public static CiRules resolve(Optional<Path> diveCi, Map<String, String> flags, Map<String, String> env,
                                  Configuration config) throws ConfigException {
        Map<String, String> yaml = fromConfiguration(config);
        Optional<Path> existing = diveCi.filter(Files::isRegularFile);
        if (existing.isPresent()) {
            checkDiveCi(existing.get());
        }
        for (List<String> gate : GATES) {
            boolean fromEnv = DIVE_GATES.contains(gate.get(0)) && existing.isEmpty() && !flags.containsKey(gate.get(0))
                    && env.containsKey(gate.get(2));
            if (fromEnv) {
                try {
                    check(gate.get(0), env.get(gate.get(2)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("environment variable " + gate.get(2) + ": " + e.getMessage());
                }
            }
        }
        try {
            return CiRulesResolver.resolve(existing, flags, env, yaml);
        } catch (GateConfigException e) {
            Path file = existing.orElse(config.source().orElse(Path.of(".dlint.yaml")));
            throw new ConfigException(file, 1, e.getMessage());
        }
    }

    /** Whether {@code name} (camelCase) is one of dive's three gates, which an existing {@code .dive-ci} replaces. */
    public static boolean isDiveGate(String name) {
        return DIVE_GATES.contains(name);
    }

    /**
     * Checks one value as dive would: ratios in [0, 1], byte sizes with SI/IEC units, or a disabling word
     * ({@code disabled}, {@code off}, {@code false}, empty).
     *
     * @throws IllegalArgumentException with dive's wording
     */
    public static void check(String name, String value) {
        String[] values = {"", "", "", ""};
        for (int i = 0; i < GATES.size(); i++) {
            if (GATES.get(i).get(0).equals(name)) {
                values[i] = value;
            }
        }
        try {
            new CiRules(values[0], values[1], values[2], values[3]).validate();
        } catch (GateConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The keys of the {@code image:} section (dockerfile and target: see {@link ImageDockerfileSettings}). */
    private static final Set<String> IMAGE_KEYS = Set.of("rules", "dockerfile", "target");

    /** The checked {@code image: rules:} values of a configuration, by kebab-case key. */
    static Map<String, String> fromConfiguration(Configuration config) throws ConfigException {
        YamlNode image = config.sections().get("image");
        Map<String, String> values = new LinkedHashMap<>();
        if (image == null) {
            return values;
        }
        Path file = config.source().orElse(Path.of(".dlint.yaml"));
        YamlNode.Mapping section = mapping(file, image, "image");
        for (String key : section.entries().keySet()) {
            if (!IMAGE_KEYS.contains(key)) {
                throw unknownKey(file, section.keyLine(key), "image." + key, key, IMAGE_KEYS);
            }
        }
        YamlNode rulesNode = section.entries().get("rules");
        if (rulesNode == null) {
            return values;
        }
        YamlNode.Mapping rules = mapping(file, rulesNode, "image.rules");
        Map<String, String> kebabToCamel = new LinkedHashMap<>();
        for (List<String> gate : GATES) {
            kebabToCamel.put(gate.get(1), gate.get(0));
        }
        for (Map.Entry<String, YamlNode> entry : rules.entries().entrySet()) {
            String key = entry.getKey();
            if (!kebabToCamel.containsKey(key)) {
                throw unknownKey(file, rules.keyLine(key), "image.rules." + key, key, kebabToCamel.keySet());
            }
            String value = scalar(file, entry.getValue(), "image.rules." + key);
            try {
                check(kebabToCamel.get(key), value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file, entry.getValue().line(), "image.rules." + key + ": " + e.getMessage());
            }
            values.put(key, value);
        }
        return values;
    }

    /**
     * Checks the {@code rules:} of a {@code .dive-ci} file (camelCase keys; other keys are ignored, as dive does). An
     * empty file, one with only comments, and a bare {@code rules:} mean dive's defaults.
     */
    static void checkDiveCi(Path file) throws ConfigException {
        YamlNode root = YamlFiles.read(file);
        if (root instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return;
        }
        Optional<YamlNode> rules = YamlFiles.at(root, "rules");
        if (rules.isEmpty() || rules.get() instanceof YamlNode.Scalar empty && empty.value() == null) {
            return;
        }
        YamlNode.Mapping map = mapping(file, rules.get(), "rules");
        for (String gate : DIVE_GATES) {
            YamlNode value = map.entries().get(gate);
            if (value != null) {
                try {
                    check(gate, scalar(file, value, "rules." + gate));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(file, value.line(), "rules." + gate + ": " + e.getMessage());
                }
            }
        }
    }

    private static YamlNode.Mapping mapping(Path file, YamlNode node, String key) throws ConfigException {
        if (!(node instanceof YamlNode.Mapping)) {
            throw new ConfigException(file, node.line(), key + " must be a mapping, not " + node.kind());
        }
        return (YamlNode.Mapping) node;
    }

    private static String scalar(Path file, YamlNode node, String key) throws ConfigException {
        if (!(node instanceof YamlNode.Scalar)) {
            throw new ConfigException(file, node.line(), key + " must be a value, not " + node.kind());
        }
        return ((YamlNode.Scalar) node).text();
    }

    private static ConfigException unknownKey(Path file, int line, String where, String key, Set<String> known) {
        String hint = Suggestions.closest(key, known).map(s -> " (did you mean '" + s + "'?)")
                .orElse(" (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
        return new ConfigException(file, line, "unknown key '" + where + "'" + hint);
    }
}
