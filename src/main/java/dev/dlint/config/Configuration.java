package dev.dlint.config;

import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleNames;
import dev.dlint.rule.Severity;
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
 * The resolved configuration for linting a file. Rules are named as {@link RuleNames} keeps them: a rule's name
 * selects all of its findings, an alias ({@code DL3007}, {@code SC2086}) only the findings that carry it, so ignoring,
 * enabling and re-grading by an alias applies to that case alone.
 *
 * @param source            the file it was read from, if any
 * @param failureThreshold  exit 1 for findings at least this severe
 * @param ignored           rules never reported
 * @param severities        per-rule severity overrides
 * @param enabled           rules that are off by default but turned on
 * @param trustedRegistries registries images may come from (empty: any)
 * @param ruleOptions       per-rule options ({@code rules: {Name: {key: value}}})
 * @param overrides         per-path ignore and severity settings
 * @param sections          other top-level sections kept as written (e.g. {@code image:} gates)
 * @param dialect           how the file that set these names its settings, for messages that point the user there
 * @param pragmasDisabled   whether {@code # dlint ignore=} and {@code # hadolint ignore=} comments are disregarded
 *                          (hadolint's {@code disable-ignore-pragma})
 * @param run               settings of the whole run a file may hold ({@code no-fail}, {@code format}, …)
 */
public record Configuration(Optional<Path> source, Severity failureThreshold, Set<String> ignored,
                            Map<String, Severity> severities, Set<String> enabled, List<String> trustedRegistries,
                            Map<String, Map<String, Object>> ruleOptions, List<PathOverride> overrides,
                            Map<String, YamlNode> sections, ConfigDialect dialect, boolean pragmasDisabled,
                            RunSettings run) {

    public Configuration {
        ignored = Set.copyOf(ignored);
        severities = Map.copyOf(severities);
        enabled = Set.copyOf(enabled);
        trustedRegistries = List.copyOf(trustedRegistries);
        ruleOptions = Map.copyOf(ruleOptions);
        overrides = List.copyOf(overrides);
        sections = Map.copyOf(sections);
    }

    /** A configuration in dlint's dialect without run settings. */
    public Configuration(Optional<Path> source, Severity failureThreshold, Set<String> ignored,
                         Map<String, Severity> severities, Set<String> enabled, List<String> trustedRegistries,
                         Map<String, Map<String, Object>> ruleOptions, List<PathOverride> overrides,
                         Map<String, YamlNode> sections) {
        this(source, failureThreshold, ignored, severities, enabled, trustedRegistries, ruleOptions, overrides,
                sections, ConfigDialect.DLINT, false, RunSettings.none());
    }

    /** Settings for files matching any of the globs (relative to the configuration file's folder). */
    public record PathOverride(List<String> globs, List<PathMatcher> matchers, Path base, Set<String> ignored,
                               Map<String, Severity> severities) {

        public PathOverride {
            globs = List.copyOf(globs);
            matchers = List.copyOf(matchers);
            ignored = Set.copyOf(ignored);
            severities = Map.copyOf(severities);
        }

        public boolean matches(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(relative)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Configuration defaults() {
        return new Configuration(Optional.empty(), Severity.INFO, Set.of(), Map.of(), Set.of(), List.of(), Map.of(),
                List.of(), Map.of());
    }

    /** The settings that apply to one file: the per-path overrides merged in. */
    public Configuration forFile(Path file) {
        if (overrides.isEmpty() || file == null) {
            return this;
        }
        Set<String> ignore = new LinkedHashSet<>(ignored);
        Map<String, Severity> severity = new LinkedHashMap<>(severities);
        for (PathOverride override : overrides) {
            if (override.matches(file)) {
                ignore.addAll(override.ignored());
                severity.putAll(override.severities());
            }
        }
        return new Configuration(source, failureThreshold, ignore, severity, enabled, trustedRegistries, ruleOptions,
                List.of(), sections, dialect, pragmasDisabled, run);
    }

    /** This configuration with command-line settings on top: lists add up, single values replace. */
    public Configuration with(CommandLineSettings cli) {
        Set<String> ignore = new LinkedHashSet<>(ignored);
        ignore.addAll(cli.ignored());
        Map<String, Severity> severity = new LinkedHashMap<>(severities);
        severity.putAll(cli.severities());
        Set<String> enable = new LinkedHashSet<>(enabled);
        enable.addAll(cli.enabled());
        List<String> registries = new ArrayList<>(trustedRegistries);
        registries.addAll(cli.trustedRegistries());
        return new Configuration(source, cli.failureThreshold().orElse(failureThreshold), ignore, severity, enable,
                registries, merged(ruleOptions, cli.ruleOptions()), overrides, sections, dialect,
                pragmasDisabled || cli.pragmasDisabled(), cli.run().over(run));
    }

    /** Rule options with {@code upper}'s on top: lists add up, other values replace. */
    static Map<String, Map<String, Object>> merged(Map<String, Map<String, Object>> lower,
                                                   Map<String, Map<String, Object>> upper) {
        if (upper.isEmpty()) {
            return lower;
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>(lower);
        for (Map.Entry<String, Map<String, Object>> rule : upper.entrySet()) {
            Map<String, Object> options = new LinkedHashMap<>(result.getOrDefault(rule.getKey(), Map.of()));
            for (Map.Entry<String, Object> option : rule.getValue().entrySet()) {
                Object before = options.get(option.getKey());
                if (before instanceof List<?> a && option.getValue() instanceof List<?> b) {
                    List<Object> both = new ArrayList<>(a);
                    both.addAll(b);
                    options.put(option.getKey(), both);
                } else {
                    options.put(option.getKey(), option.getValue());
                }
            }
            result.put(rule.getKey(), options);
        }
        return result;
    }

    /** This configuration with more rules turned on, such as the experimental checks a file's directive asks for. */
    public Configuration enabling(Set<String> rules) {
        if (enabled.containsAll(rules)) {
            return this;
        }
        Set<String> enable = new LinkedHashSet<>(enabled);
        enable.addAll(rules);
        return new Configuration(source, failureThreshold, ignored, severities, enable, trustedRegistries, ruleOptions,
                overrides, sections, dialect, pragmasDisabled, run);
    }

    public Map<String, Object> options(String rule) {
        return ruleOptions.getOrDefault(rule, Map.of());
    }

    /**
     * Whether a rule runs: enabled by default, or turned on by its name or one of its aliases, and not ignored by its
     * name. (Ignoring an alias leaves the rule running for its other cases.)
     */
    public boolean runs(RuleMetadata rule) {
        if (ignored.contains(rule.name())) {
            return false;
        }
        return rule.enabledByDefault() || enabled.contains(rule.name())
                || rule.aliases().stream().anyMatch(enabled::contains);
    }

    /** Whether the rule named exactly {@code rule} runs, for callers that have only its name. */
    public boolean runs(String rule, boolean enabledByDefault) {
        return !ignored.contains(rule) && (enabledByDefault || enabled.contains(rule));
    }

    /**
     * A finding of a rule that runs, as this configuration has it: empty when an alias it carries is ignored, or
     * when the rule is on only through aliases and the finding carries none of them; otherwise at the configured
     * severity, an alias's before the rule's.
     */
    public Optional<Finding> apply(RuleMetadata rule, Finding finding) {
        for (String id : ignored) {
            if (RuleNames.selects(id, finding)) {
                return Optional.empty();
            }
        }
        boolean wholeRuleOn = rule.enabledByDefault() || enabled.contains(rule.name());
        if (!wholeRuleOn && enabled.stream().noneMatch(id -> RuleNames.selects(id, finding))) {
            return Optional.empty();
        }
        Optional<Severity> byAlias = Optional.empty();
        for (String alias : finding.aliases()) {
            Severity level = severities.get(alias);
            if (level != null && (byAlias.isEmpty() || level.compareTo(byAlias.get()) < 0)) {
                byAlias = Optional.of(level);
            }
        }
        Severity level = byAlias.orElse(severities.getOrDefault(rule.name(), finding.severity()));
        return Optional.of(finding.withSeverity(level));
    }
}
