package dev.dlint.config;

import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleNames;
import dev.dlint.rule.Severity;
import dev.dlint.syntax.Suggestions;
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
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds and reads a configuration file into a {@link Configuration}: dlint's {@code .dlint.yaml} or hadolint's
 * {@code .hadolint.yaml}, told apart by their keys rather than their names. Every problem (bad YAML, an unknown key,
 * an unknown rule, a bad value) is an error naming the file, line and key; a check dlint knows but does not
 * implement, and a hadolint setting dlint does not act on, is accepted with one note.
 */
public final class ConfigLoader {

    private static final List<String> DLINT_NAMES = List.of(".dlint.yaml", ".dlint.yml");
    private static final List<String> HADOLINT_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    private static final Set<String> DLINT_ONLY = Set.of("ignore", "severity", "trusted-registries", "enable", "rules",
            "overrides", "image");
    private static final Set<String> HADOLINT_ONLY = Set.of("ignored", "override", "trustedRegistries",
            "label-schema", "strict-labels", "disable-ignore-pragma", "no-fail", "no-color", "verbose", "format",
            "formats");
    private static final Set<String> SHARED = Set.of("failure-threshold");
    private static final Set<String> LABEL_TYPES = Set.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");
    /** The rule that checks hadolint's label schema, and its options. */
    public static final String LABEL_SCHEMA_RULE = "LabelSchema";
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;

    private final RuleCatalog rules;
    private final RuleNames names;
    private final Map<String, String> environment;
    private final Consumer<String> notes;

    /** A loader that reads the process's environment for user-level files and drops its notes. */
    public ConfigLoader(RuleCatalog rules) {
        this(rules, System.getenv(), note -> { });
    }

    /**
     * @param environment where {@code HOME} and {@code XDG_CONFIG_HOME} are read, for the user-level files
     * @param notes       receives each note about a name or setting that is accepted but does nothing
     */
    public ConfigLoader(RuleCatalog rules, Map<String, String> environment, Consumer<String> notes) {
        this.rules = rules;
        this.names = new RuleNames(rules);
        this.environment = environment;
        this.notes = notes;
    }

    /**
     * The configuration file for a linted file: the nearest {@code .dlint.yaml} walking up from its folder to the
     * repository root (the folder holding {@code .git}); failing that, the nearest {@code .hadolint.yaml}; failing
     * that, hadolint's own places ({@link #userLevel}).
     */
    public Optional<Path> discover(Path startDirectory) {
        Optional<Path> dlint = walkUp(startDirectory, DLINT_NAMES);
        if (dlint.isPresent()) {
            return dlint;
        }
        Optional<Path> hadolint = walkUp(startDirectory, HADOLINT_NAMES);
        return hadolint.isPresent() ? hadolint : userLevel();
    }

    /**
     * The first of hadolint's configuration places that holds a file: {@code ./.hadolint.yaml} in the working
     * directory, {@code $XDG_CONFIG_HOME/hadolint.yaml} ({@code ~/.config} by default),
     * {@code ~/.hadolint/hadolint.yaml}, {@code ~/.hadolint/config.yaml}, {@code ~/.hadolint.yaml}; {@code .yml}
     * after {@code .yaml} at each place.
     */
    public Optional<Path> userLevel() {
        List<Path> candidates = new ArrayList<>();
        for (String name : HADOLINT_NAMES) {
            candidates.add(Path.of(name));
        }
        Optional<Path> home = nonEmpty("HOME").map(Path::of);
        Optional<Path> xdg = nonEmpty("XDG_CONFIG_HOME").map(Path::of).or(() -> home.map(h -> h.resolve(".config")));
        xdg.ifPresent(dir -> yamlOrYml(candidates, dir, "hadolint"));
        home.ifPresent(dir -> {
            yamlOrYml(candidates, dir.resolve(".hadolint"), "hadolint");
            yamlOrYml(candidates, dir.resolve(".hadolint"), "config");
            yamlOrYml(candidates, dir, ".hadolint");
        });
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private Optional<String> nonEmpty(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void yamlOrYml(List<Path> candidates, Path dir, String base) {
        candidates.add(dir.resolve(base + ".yaml"));
        candidates.add(dir.resolve(base + ".yml"));
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

    /** Reads a configuration file over the defaults. */
    public Configuration load(Path file) throws ConfigException {
        return load(file, Configuration.defaults());
    }

    /**
     * Reads a configuration file over {@code base} (the defaults with the environment's settings): what the file
     * sets replaces single values and adds to lists. The schema follows the keys: hadolint's when the file uses
     * hadolint's keys, dlint's otherwise.
     */
    public Configuration load(Path file, Configuration base) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw new ConfigException(file, 1, "configuration file is larger than 1 MiB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 1, "cannot read configuration: " + e.getMessage());
        }
        YamlNode root;
        try {
            root = YamlReader.read(text);
        } catch (ConfigException.Syntax e) {
            throw new ConfigException(file, e.line, "invalid YAML: " + e.getMessage());
        }
        if (root instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            root = new YamlNode.Mapping(Map.of(), Map.of(), 1, 1); // an empty file configures nothing
        }
        if (!(root instanceof YamlNode.Mapping)) {
            throw new ConfigException(file, root.line(), "the configuration must be a mapping of keys to values, not "
                    + root.kind());
        }
        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        ConfigDialect dialect = dialect(file, mapping);
        Reader reader = new Reader(file, dialect == ConfigDialect.HADOLINT, base);
        return dialect == ConfigDialect.HADOLINT ? reader.hadolint(mapping) : reader.dlint(mapping);
    }

    /**
     * The schema a file follows, by its keys: hadolint's if it has a key only hadolint has, dlint's if it has one only
     * dlint has; a file with both is an error. A file with neither (empty, or only shared or misspelt keys) follows
     * its name, so that a misspelling is reported against the schema the user meant.
     */
    private static ConfigDialect dialect(Path file, YamlNode.Mapping root) throws ConfigException {
        Optional<String> dlintKey = root.entries().keySet().stream().filter(DLINT_ONLY::contains).findFirst();
        Optional<String> hadolintKey = root.entries().keySet().stream().filter(HADOLINT_ONLY::contains).findFirst();
        if (dlintKey.isPresent() && hadolintKey.isPresent()) {
            String later = root.keyLine(dlintKey.get()) > root.keyLine(hadolintKey.get()) ? dlintKey.get()
                    : hadolintKey.get();
            throw new ConfigException(file, root.keyLine(later), "this file mixes dlint's key '" + dlintKey.get()
                    + "' with hadolint's key '" + hadolintKey.get() + "'; write one schema per file (see"
                    + " docs/hadolint.md for the hadolint keys and their dlint equivalents)");
        }
        if (hadolintKey.isPresent()) {
            return ConfigDialect.HADOLINT;
        }
        if (dlintKey.isPresent()) {
            return ConfigDialect.DLINT;
        }
        return file.getFileName().toString().contains("hadolint") ? ConfigDialect.HADOLINT : ConfigDialect.DLINT;
    }

    /**
     * Resolves a rule name or alias given on the command line ({@link RuleNames}); a check dlint knows but does not
     * implement resolves to its own name, which selects nothing, and its note goes to the notes.
     */
    public String ruleName(String id) throws IllegalArgumentException {
        RuleNames.Name name = names.resolve(id);
        name.skip().ifPresent(check -> notes.accept(check.note()));
        return name.id();
    }

    /** Reads one file's keys, with the file's path for messages. */
    private final class Reader {
        private final Path file;
        private final boolean hadolint;
        private final Configuration base;

        Reader(Path file, boolean hadolint, Configuration base) {
            this.file = file;
            this.hadolint = hadolint;
            this.base = base;
        }

        Configuration dlint(YamlNode.Mapping root) throws ConfigException {
            Severity threshold = base.failureThreshold();
            Set<String> ignored = new LinkedHashSet<>(base.ignored());
            Map<String, Severity> severities = new LinkedHashMap<>(base.severities());
            Set<String> enabled = new LinkedHashSet<>(base.enabled());
            List<String> registries = new ArrayList<>(base.trustedRegistries());
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
                        throw unknownKey(line, key, DLINT_ONLY);
                }
            }
            return new Configuration(Optional.of(file), threshold, ignored, severities, enabled, registries,
                    Configuration.merged(base.ruleOptions(), options), overrides, sections, ConfigDialect.DLINT,
                    base.pragmasDisabled(), base.run());
        }

        /** hadolint's keys, each with hadolint's meaning (docs/hadolint.md). */
        Configuration hadolint(YamlNode.Mapping root) throws ConfigException {
            Severity threshold = base.failureThreshold();
            Set<String> ignored = new LinkedHashSet<>(base.ignored());
            Map<String, Severity> severities = new LinkedHashMap<>(base.severities());
            List<String> registries = new ArrayList<>(base.trustedRegistries());
            boolean pragmasDisabled = base.pragmasDisabled();
            Optional<Boolean> noFail = Optional.empty();
            Optional<Boolean> noColor = Optional.empty();
            Optional<Boolean> verbose = Optional.empty();
            List<String> formats = new ArrayList<>();
            Map<String, Object> labelOptions = new LinkedHashMap<>();
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
                    case "label-schema":
                        labelOptions.put("labels", labelSchema(value));
                        break;
                    case "strict-labels":
                        labelOptions.put("strict", bool(value, key));
                        break;
                    case "disable-ignore-pragma":
                        pragmasDisabled = bool(value, key);
                        break;
                    case "no-fail":
                        noFail = Optional.of(bool(value, key));
                        break;
                    case "no-color":
                        noColor = Optional.of(bool(value, key));
                        break;
                    case "verbose":
                        verbose = Optional.of(bool(value, key));
                        break;
                    case "format":
                        formats.add(scalar(value, key));
                        break;
                    case "formats":
                        formats.addAll(strings(value, key));
                        break;
                    default:
                        throw unknownKey(root.keyLine(key), key, HADOLINT_ONLY);
                }
            }
            RunSettings run = new RunSettings(noFail, noColor, verbose, formats).over(base.run());
            Map<String, Map<String, Object>> options = labelOptions.isEmpty() ? Map.of()
                    : Map.of(LABEL_SCHEMA_RULE, labelOptions);
            return new Configuration(Optional.of(file), threshold, ignored, severities, base.enabled(), registries,
                    Configuration.merged(base.ruleOptions(), options), List.of(), Map.of(), ConfigDialect.HADOLINT,
                    pragmasDisabled, run);
        }

        /** {@code label-schema: {label: type}} as the label schema rule's {@code labels} ({@code label:type}). */
        private List<String> labelSchema(YamlNode value) throws ConfigException {
            YamlNode.Mapping map = mapping(value, "label-schema");
            List<String> labels = new ArrayList<>();
            for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                YamlNode type = entry.getValue();
                String text = type instanceof YamlNode.Scalar scalar && scalar.value() == null ? "text"
                        : scalar(type, "label-schema." + entry.getKey());
                if (!LABEL_TYPES.contains(text)) {
                    throw new ConfigException(file, type.line(), "label-schema." + entry.getKey() + ": unknown type '"
                            + text + "' (use " + String.join(", ", new TreeSet<>(LABEL_TYPES)) + ")");
                }
                labels.add(entry.getKey() + ":" + text);
            }
            return labels;
        }

        private boolean bool(YamlNode value, String key) throws ConfigException {
            if (value instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean b) {
                return b;
            }
            throw new ConfigException(file, value.line(), key + " must be true or false, not " + value.kind());
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
                String rule = wholeRule(entry.getKey(), map.keyLine(entry.getKey()), "rules");
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

        /**
         * Rule names or aliases, one per item or several separated by commas; an empty value is an empty list. A
         * check dlint knows but does not implement is kept by name (it selects nothing) with a note.
         */
        private List<String> ruleList(YamlNode value, String key) throws ConfigException {
            List<String> result = new ArrayList<>();
            if (value instanceof YamlNode.Scalar scalar && scalar.value() == null) {
                return result;
            }
            List<YamlNode> items = value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
            for (YamlNode item : items) {
                for (String id : scalar(item, key).split(",")) {
                    if (!id.isBlank()) {
                        result.add(rule(id, item.line(), key));
                    }
                }
            }
            return result;
        }

        /** The name of the rule {@code id} names, by its name or an alias: rule options belong to the whole rule. */
        private String wholeRule(String id, int line, String key) throws ConfigException {
            rule(id, line, key);
            Optional<RuleMetadata> meta = rules.find(id.strip());
            if (meta.isEmpty()) {
                throw new ConfigException(file, line, key + ": " + id.strip() + " is not a rule of dlint's, so it has no"
                        + " options");
            }
            return meta.get().name();
        }

        private String rule(String id, int line, String key) throws ConfigException {
            Optional<RuleNames.Name> name = names.find(id);
            if (name.isEmpty()) {
                throw new ConfigException(file, line, key + ": " + names.unknown(id.strip()));
            }
            name.get().skip().ifPresent(check -> notes.accept(file + ":" + line + ": " + check.note()));
            return name.get().id();
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

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new TreeSet<>(a);
            all.addAll(b);
            return all;
        }

        /**
         * An unknown key, with the closest key of either schema (using it would be valid: the schema follows the
         * keys), else the keys of the schema this file follows.
         */
        private ConfigException unknownKey(int line, String key, Set<String> schemaKeys) {
            Set<String> known = union(schemaKeys, SHARED);
            Set<String> every = union(union(DLINT_ONLY, HADOLINT_ONLY), SHARED);
            String hint = Suggestions.closest(key, known).or(() -> Suggestions.closest(key, every))
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse(" (known keys: " + String.join(", ", known) + ")");
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
