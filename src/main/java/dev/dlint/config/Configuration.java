package dev.dlint.config;

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
 * The resolved configuration for linting a file: rule names are canonical (aliases resolved).
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
 */
public record Configuration(Optional<Path> source, Severity failureThreshold, Set<String> ignored,
                            Map<String, Severity> severities, Set<String> enabled, List<String> trustedRegistries,
                            Map<String, Map<String, Object>> ruleOptions, List<PathOverride> overrides,
                            Map<String, YamlNode> sections) {

    public Configuration {
        ignored = Set.copyOf(ignored);
        severities = Map.copyOf(severities);
        enabled = Set.copyOf(enabled);
        trustedRegistries = List.copyOf(trustedRegistries);
        ruleOptions = Map.copyOf(ruleOptions);
        overrides = List.copyOf(overrides);
        sections = Map.copyOf(sections);
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
                List.of(), sections);
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
                registries, ruleOptions, overrides, sections);
    }

    /** This configuration with more rules turned on, such as the experimental checks a file's directive asks for. */
    public Configuration enabling(Set<String> rules) {
        if (enabled.containsAll(rules)) {
            return this;
        }
        Set<String> enable = new LinkedHashSet<>(enabled);
        enable.addAll(rules);
        return new Configuration(source, failureThreshold, ignored, severities, enable, trustedRegistries, ruleOptions,
                overrides, sections);
    }

    public Map<String, Object> options(String rule) {
        return ruleOptions.getOrDefault(rule, Map.of());
    }

    /** Whether a rule runs: enabled by default or turned on, and not ignored. */
    public boolean runs(String rule, boolean enabledByDefault) {
        return !ignored.contains(rule) && (enabledByDefault || enabled.contains(rule));
    }
}
