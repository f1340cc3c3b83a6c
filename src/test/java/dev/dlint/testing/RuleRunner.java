package dev.dlint.testing;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.RegistryDigests;
import dev.dlint.facts.BuildContexts;
import dev.dlint.rule.ImageDigests;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.shellcheck.ShellChecker;
import dev.dlint.syntax.BuildArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Lints text in memory with all rules, the way the CLI does, for tests. */
public final class RuleRunner {

    private RuleRunner() {
    }

    public static FileResult lint(String text) {
        return lint(text, List.of(), List.of(), List.of(), List.of());
    }

    public static FileResult lint(String text, List<String> buildArgs, List<String> enabled, List<String[]> options) {
        return lint(text, buildArgs, enabled, options, List.of());
    }

    public static FileResult lint(String text, List<String> buildArgs, List<String> enabled, List<String[]> options,
                                  List<String> trustedRegistries) {
        return lint(text, buildArgs, enabled, options, trustedRegistries, Optional.empty());
    }

    /** Lints as a fixture configures it, with more rules enabled. */
    public static FileResult lint(String text, Fixture fixture, List<String> alsoEnabled) {
        List<String> enabled = new ArrayList<>(fixture.enabled());
        enabled.addAll(alsoEnabled);
        ShellChecker shellChecker = fixture.shellCheck() ? ShellCheckOnPath.require() : ShellChecker.absent();
        try {
            Path tools = null;
            ImageDigests digests = ImageDigests.offline();
            if (!fixture.registry().isEmpty()) {
                tools = Files.createTempDirectory("dlint-registry");
                FakeSkopeo.write(tools, fixture.registry());
                digests = new RegistryDigests(Map.of("PATH", tools.toString()));
            }
            try {
                if (!fixture.hasContext()) {
                    return lint(text, "Dockerfile", fixture.buildArgs(), enabled, fixture.options(),
                            fixture.trustedRegistries(), fixture.target(), BuildContexts.none(), shellChecker, digests);
                }
                Path dir = Files.createTempDirectory("dlint-context");
                try {
                    Path dockerfile = writeContext(dir, text, fixture);
                    return lint(text, dockerfile.toString(), fixture.buildArgs(), enabled, fixture.options(),
                            fixture.trustedRegistries(), fixture.target(), BuildContexts.besideDockerfile(), shellChecker,
                            digests);
                } finally {
                    deleteTree(dir);
                }
            } finally {
                if (tools != null) {
                    deleteTree(tools);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the fixture's build context into {@code dir}: its entries, the ignore files it describes, and the
     * Dockerfile holding {@code text}; returns the Dockerfile.
     */
    public static Path writeContext(Path dir, String text, Fixture fixture) throws IOException {
        for (ContextSpec entry : fixture.context()) {
            entry.create(dir);
        }
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, text, StandardCharsets.UTF_8);
        if (!fixture.dockerignore().isEmpty()) {
            Files.writeString(dir.resolve(".dockerignore"), lines(fixture.dockerignore()), StandardCharsets.UTF_8);
        }
        if (!fixture.dockerfileIgnore().isEmpty()) {
            Files.writeString(dir.resolve("Dockerfile.dockerignore"), lines(fixture.dockerfileIgnore()),
                    StandardCharsets.UTF_8);
        }
        return dockerfile;
    }

    /** The text of an ignore file holding these lines. */
    public static String lines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Deletes a directory tree without following symlinks. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Lints as a fixture configures it. */
    public static FileResult lint(String text, Fixture fixture) {
        return lint(text, fixture, List.of());
    }

    public static FileResult lint(String text, List<String> buildArgs, List<String> enabled, List<String[]> options,
                                  List<String> trustedRegistries, Optional<String> target) {
        return lint(text, "Dockerfile", buildArgs, enabled, options, trustedRegistries, target, BuildContexts.none(),
                ShellChecker.absent(), ImageDigests.offline());
    }

    /** Lints {@code text} as the file {@code path} with the build contexts given. */
    private static FileResult lint(String text, String path, List<String> buildArgs, List<String> enabled,
                                   List<String[]> options, List<String> trustedRegistries, Optional<String> target,
                                   BuildContexts contexts, ShellChecker shellChecker, ImageDigests digests) {
        RuleCatalog rules = BuiltinRules.catalog();
        Map<String, Map<String, Object>> ruleOptions = new LinkedHashMap<>();
        for (String[] option : options) {
            String[] kv = option[1].split("=", 2);
            Object value = kv[1].matches("-?\\d+") ? (Object) Long.parseLong(kv[1])
                    : kv[1].equals("true") || kv[1].equals("false") ? (Object) Boolean.parseBoolean(kv[1])
                    : kv[1].contains(",") ? List.of(kv[1].split(",")) : kv[1];
            ruleOptions.computeIfAbsent(option[0], k -> new LinkedHashMap<>()).put(kv[0], value);
        }
        Configuration base = Configuration.defaults();
        Configuration config = new Configuration(Optional.empty(), base.failureThreshold(), Set.of(), Map.of(),
                Set.copyOf(enabled), trustedRegistries, ruleOptions, List.of(), Map.of())
                .with(CommandLineSettings.none());
        try {
            return new Engine(rules, BuildArgs.parse(buildArgs), target, contexts, shellChecker).withDigests(digests)
                    .lint(path, text.getBytes(StandardCharsets.UTF_8), config);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("invalid rule option in the test: " + e.getMessage(), e);
        }
    }
}
