package dev.dlint.config;

import dev.dlint.rule.KnownForeignChecks;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.Severity;
import dev.dlint.syntax.Suggestions;
import dev.dlint.text.BoundedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .dlint.yaml}, or {@code .hadolint.yaml} when a project has no dlint configuration, into a
 * {@link Configuration}. Every problem (bad YAML, an unknown key, an unknown rule, a bad value) is an error naming
 * the file, line and key; nothing is silently ignored.
 */
public final class ConfigLoader {

    private static final List<String> DLINT_NAMES = List.of(".dlint.yaml", ".dlint.yml");
    private static final List<String> HADOLINT_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    private static final Set<String> DLINT_KEYS = Set.of("ignore", "severity", "failure-threshold",
            "trusted-registries", "enable", "rules", "overrides", "image");
    private static final Set<String> HADOLINT_SUPPORTED = Set.of("ignored", "override", "failure-threshold",
            "trustedRegistries");
    /** hadolint keys without a dlint equivalent: accepted so a team's file keeps working, and they do nothing. */
    private static final Set<String> HADOLINT_ACCEPTED = Set.of("label-schema", "strict-labels",
            "disable-ignore-pragma", "no-fail", "no-color", "verbose", "format", "formats", "require-labels");
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;

    private final RuleCatalog rules;

    public ConfigLoader(RuleCatalog rules) {
        this.rules = rules;
    }

    /**
     * The configuration file for a linted file: the nearest {@code .dlint.yaml} walking up from its folder to the
     * repository root (the folder holding {@code .git}); failing that, the nearest {@code .hadolint.yaml}.
     */
    public Optional<Path> discover(Path startDirectory) {
        Optional<Path> dlint = walkUp(startDirectory, DLINT_NAMES);
        return dlint.isPresent() ? dlint : walkUp(startDirectory, HADOLINT_NAMES);
    }

    private static Optional<Path> walkUp(Path start, List<String> names) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : names) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Reads a configuration file; the format follows the file name (hadolint's when it mentions hadolint). */
    public Configuration load(Path file) throws ConfigException {
        String text;
        try {
            text = new String(BoundedFiles.read(file, MAX_CONFIG_BYTES), StandardCharsets.UTF_8);
        } catch (BoundedFiles.TooLargeException e) {
            throw new ConfigException(file, 1, "configuration file is larger than 1 MiB");
        } catch (IOException e) {
            throw new ConfigException(file, 1, "cannot read configuration: " + e.getMessage());
        }
        YamlNode root;
        try {
            root = YamlReader.read(text);
        } catch (ConfigException.Syntax e) {
            throw new ConfigException(file, e.line, "invalid YAML: " + e.getMessage());
        }
        if (!(root instanceof YamlNode.Mapping)) {
            throw new ConfigException(file, root.line(), "the configuration must be a mapping of keys to values, not "
                    + root.kind());
        }
        boolean hadolint = file.getFileName().toString().contains("hadolint");
        return hadolint ? new Reader(file, true).hadolint((YamlNode.Mapping) root)
                : new Reader(file, false).dlint((YamlNode.Mapping) root);
    }

    /**
     * Resolves a rule name or alias given on the command line. A check dlint knows but does not implement
     * ({@link KnownForeignChecks}) resolves to its own name, which no rule has, so ignoring it does nothing.
     */
    public String ruleName(String id) throws IllegalArgumentException {
        Optional<RuleMetadata> rule = rules.find(id);
        if (rule.isEmpty()) {
            return KnownForeignChecks.find(id).map(KnownForeignChecks.Check::name)
                    .orElseThrow(() -> new IllegalArgumentException(unknownRule(id)));
        }
        return rule.get().name();
    }

    private String unknownRule(String id) {
        List<String> names = new ArrayList<>();
        for (RuleMetadata m : rules.rules()) {
            names.add(m.name());
            names.addAll(m.aliases());
        }
        return "unknown rule '" + id + "'" + Suggestions.closest(id, names).map(s -> " (did you mean " + s + "?)")
                .orElse(" (see 'dlint rules')");
    }

    /** Reads one file's keys, with the file's path for messages. */
    private final class Reader {
        private final Path file;
        private final boolean hadolint;

        Reader(Path file, boolean hadolint) {
            this.file = file;
            this.hadolint = hadolint;
        }

        Configuration dlint(YamlNode.Mapping root) throws ConfigException {
            Severity threshold = Severity.INFO;
            Set<String> ignored = new LinkedHashSet<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            Set<String> enabled = new LinkedHashSet<>();
            List<String> registries = new ArrayList<>();
            Map<String, Map<String, Object>> options = new LinkedHashMap<>();
            List<Configuration.PathOverride> overrides = new ArrayList<>();
            Map<String, YamlNode> sections = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> entry : root.entries().entrySet()) {
                String key = entry.getKey();
                YamlNode value = entry.getValue();
                int line = root.keyLine(key);
                switch (key) {
                    case "ignore":
                        ignored.addAll(ruleList(value, key));
                        break;
                    case "severity":
                        severities.putAll(severityMap(value, key));
                        break;
                    case "failure-threshold":
                        threshold = threshold(value, key);
                        break;
                    case "trusted-registries":
                        registries.addAll(strings(value, key));
                        break;
                    case "enable":
                        enabled.addAll(ruleList(value, key));
                        break;
                    case "rules":
                        options.putAll(ruleOptions(value));
                        break;
                    case "overrides":
                        overrides.addAll(overrides(value));
                        break;
                    case "image":
                        sections.put(key, value);
                        break;
                    default:
                        throw unknownKey(line, key, DLINT_KEYS);
                }
            }
            return new Configuration(Optional.of(file), threshold, ignored, severities, enabled, registries, options,
                    overrides, sections);
        }

        Configuration hadolint(YamlNode.Mapping root) throws ConfigException {
            Severity threshold = Severity.INFO;
            Set<String> ignored = new LinkedHashSet<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            List<String> registries = new ArrayList<>();
            for (Map.Entry<String, YamlNode> entry : root.entries().entrySet()) {
                String key = entry.getKey();
                YamlNode value = entry.getValue();
                switch (key) {
                    case "ignored":
                        ignored.addAll(ruleList(value, key));
                        break;
                    case "override":
                        severities.putAll(hadolintOverride(value));
                        break;
                    case "failure-threshold":
                        threshold = threshold(value, key);
                        break;
                    case "trustedRegistries":
                        registries.addAll(strings(value, key));
                        break;
                    default:
                        if (!HADOLINT_ACCEPTED.contains(key)) {
                            Set<String> known = new LinkedHashSet<>(HADOLINT_SUPPORTED);
                            known.addAll(HADOLINT_ACCEPTED);
                            throw unknownKey(root.keyLine(key), key, known);
                        }
                }
            }
            return new Configuration(Optional.of(file), threshold, ignored, severities, Set.of(), registries, Map.of(),
                    List.of(), Map.of());
        }

        /** hadolint's {@code override: {error: [...], warning: [...]}}; a code in several lists takes the most severe. */
        private Map<String, Severity> hadolintOverride(YamlNode value) throws ConfigException {
            YamlNode.Mapping map = mapping(value, "override");
            Map<String, Severity> result = new LinkedHashMap<>();
            for (Severity level : new Severity[] {Severity.STYLE, Severity.INFO, Severity.WARNING, Severity.ERROR}) {
                YamlNode codes = map.entries().get(level.label());
                if (codes != null) {
                    for (String rule : ruleList(codes, "override." + level.label())) {
                        result.put(rule, level);
                    }
                }
            }
            for (String key : map.entries().keySet()) {
                if (Severity.parse(key).isEmpty()) {
                    throw new ConfigException(file, map.keyLine(key), "override: unknown severity '" + key
                            + "' (use error, warning, info or style)");
                }
            }
            return result;
        }

        private Map<String, Map<String, Object>> ruleOptions(YamlNode value) throws ConfigException {
            YamlNode.Mapping map = mapping(value, "rules");
            Map<String, Map<String, Object>> result = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                String rule = rule(entry.getKey(), map.keyLine(entry.getKey()), "rules");
                YamlNode.Mapping ruleMap = mapping(entry.getValue(), "rules." + entry.getKey());
                Map<String, Object> values = new LinkedHashMap<>();
                for (Map.Entry<String, YamlNode> option : ruleMap.entries().entrySet()) {
                    values.put(option.getKey(), plain(option.getValue()));
                }
                result.put(rule, values);
            }
            return result;
        }

        private List<Configuration.PathOverride> overrides(YamlNode value) throws ConfigException {
            if (!(value instanceof YamlNode.Sequence)) {
                throw new ConfigException(file, value.line(), "overrides must be a list of {files, ignore, severity}, not "
                        + value.kind());
            }
            List<Configuration.PathOverride> result = new ArrayList<>();
            Path base = file.toAbsolutePath().normalize().getParent();
            for (YamlNode item : ((YamlNode.Sequence) value).items()) {
                YamlNode.Mapping map = mapping(item, "overrides[]");
                YamlNode files = map.entries().get("files");
                if (files == null) {
                    throw new ConfigException(file, map.line(), "overrides: each entry needs 'files' (a glob or a list of globs)");
                }
                List<String> globs = strings(files, "overrides[].files");
                Set<String> ignored = new LinkedHashSet<>();
                Map<String, Severity> severities = new LinkedHashMap<>();
                for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                    switch (entry.getKey()) {
                        case "files":
                            break;
                        case "ignore":
                            ignored.addAll(ruleList(entry.getValue(), "overrides[].ignore"));
                            break;
                        case "severity":
                            severities.putAll(severityMap(entry.getValue(), "overrides[].severity"));
                            break;
                        default:
                            throw unknownKey(map.keyLine(entry.getKey()), "overrides[]." + entry.getKey(),
                                    Set.of("files", "ignore", "severity"));
                    }
                }
                List<PathMatcher> matchers = new ArrayList<>();
                for (String glob : globs) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                    if (glob.startsWith("**/")) {
                        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
                    }
                }
                result.add(new Configuration.PathOverride(globs, matchers, base, ignored, severities));
            }
            return result;
        }

        private Map<String, Severity> severityMap(YamlNode value, String key) throws ConfigException {
            YamlNode.Mapping map = mapping(value, key);
            Map<String, Severity> result = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                String rule = rule(entry.getKey(), map.keyLine(entry.getKey()), key);
                result.put(rule, severity(entry.getValue(), key + "." + entry.getKey()));
            }
            return result;
        }

        private Severity severity(YamlNode value, String key) throws ConfigException {
            String text = scalar(value, key);
            return Severity.parse(text).orElseThrow(() -> new ConfigException(file, value.line(), key
                    + ": unknown severity '" + text + "' (use error, warning, info or style)"));
        }

        private Severity threshold(YamlNode value, String key) throws ConfigException {
            String text = scalar(value, key);
            if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("ignore")) {
                return Severity.STYLE;
            }
            return Severity.parse(text).orElseThrow(() -> new ConfigException(file, value.line(), key
                    + ": unknown severity '" + text + "' (use error, warning, info, style or none)"));
        }

        /** Rule names or aliases; in a hadolint file, hadolint codes dlint does not implement are skipped. */
        private List<String> ruleList(YamlNode value, String key) throws ConfigException {
            List<String> result = new ArrayList<>();
            if (value instanceof YamlNode.Sequence) {
                for (YamlNode item : ((YamlNode.Sequence) value).items()) {
                    String id = scalar(item, key);
                    if (hadolint && rules.find(id).isEmpty() && id.matches("(DL|SC)\\d+")) {
                        continue;
                    }
                    result.add(rule(id, item.line(), key));
                }
                return result;
            }
            String id = scalar(value, key);
            if (!(hadolint && rules.find(id).isEmpty() && id.matches("(DL|SC)\\d+"))) {
                result.add(rule(id, value.line(), key));
            }
            return result;
        }

        private String rule(String id, int line, String key) throws ConfigException {
            Optional<RuleMetadata> rule = rules.find(id);
            Optional<KnownForeignChecks.Check> foreign = KnownForeignChecks.find(id);
            if (rule.isEmpty() && foreign.isPresent()) {
                return foreign.get().name();
            }
            if (rule.isEmpty()) {
                throw new ConfigException(file, line, key + ": " + unknownRule(id));
            }
            return rule.get().name();
        }

        private List<String> strings(YamlNode value, String key) throws ConfigException {
            List<String> result = new ArrayList<>();
            if (value instanceof YamlNode.Sequence) {
                for (YamlNode item : ((YamlNode.Sequence) value).items()) {
                    result.add(scalar(item, key));
                }
            } else {
                result.add(scalar(value, key));
            }
            return result;
        }

        private String scalar(YamlNode value, String key) throws ConfigException {
            if (!(value instanceof YamlNode.Scalar) || ((YamlNode.Scalar) value).value() == null) {
                throw new ConfigException(file, value.line(), key + " must be a value, not " + value.kind());
            }
            return ((YamlNode.Scalar) value).text();
        }

        private YamlNode.Mapping mapping(YamlNode value, String key) throws ConfigException {
            if (!(value instanceof YamlNode.Mapping)) {
                throw new ConfigException(file, value.line(), key + " must be a mapping, not " + value.kind());
            }
            return (YamlNode.Mapping) value;
        }

        private ConfigException unknownKey(int line, String key, Set<String> known) {
            String hint = Suggestions.closest(key, known).map(s -> " (did you mean '" + s + "'?)")
                    .orElse(" (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
            return new ConfigException(file, line, "unknown key '" + key + "'" + hint);
        }
    }

    /** A YAML value as plain Java: String, Long, Double, Boolean, List or Map. */
    static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return ((YamlNode.Scalar) node).value();
        }
        if (node instanceof YamlNode.Sequence) {
            List<Object> items = new ArrayList<>();
            for (YamlNode item : ((YamlNode.Sequence) node).items()) {
                items.add(plain(item));
            }
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : ((YamlNode.Mapping) node).entries().entrySet()) {
            map.put(entry.getKey(), plain(entry.getValue()));
        }
        return map;
    }
}
