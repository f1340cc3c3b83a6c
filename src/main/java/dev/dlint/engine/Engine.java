package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.facts.BuildContexts;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.BuildKitChecks;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Finding;
import dev.dlint.rule.ImageDigests;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.Severity;
import dev.dlint.rule.Suppression;
import dev.dlint.shellcheck.DockerfileScripts;
import dev.dlint.shellcheck.ShellCheckInput;
import dev.dlint.shellcheck.ShellChecker;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the Dockerfile rules over one Dockerfile and applies configuration and pragmas: the one place findings are
 * filtered, re-graded and sorted. A rule that fails on some input does not stop the others; the file reports it.
 * One engine may lint several files at the same time ({@link Linter} does, one per core).
 */
public final class Engine {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::range)
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    private final RuleCatalog catalog;
    private final RuleSet<DockerfileRule> rules;
    private final BuildArgs buildArgs;
    private final Optional<String> target;
    private final BuildContexts contexts;
    private final ShellChecker shellChecker;
    private final ImageDigests digests;

    /** The rule whose scripts are handed to ShellCheck before the rules run. */
    static final String SHELLCHECK_RULE = "ShellCheck";

    /** The build argument whose value replaces the file's {@code # check=} directive, as in BuildKit. */
    static final String CHECK_ARGUMENT = "BUILDKIT_DOCKERFILE_CHECK";

    public Engine(RuleCatalog catalog, BuildArgs buildArgs) {
        this(catalog, buildArgs, Optional.empty());
    }

    /**
     * @param target the stage a build would produce ({@code --target}); by default the last stage
     */
    public Engine(RuleCatalog catalog, BuildArgs buildArgs, Optional<String> target) {
        this(catalog, buildArgs, target, BuildContexts.besideDockerfile(), ShellChecker.absent());
    }

    /**
     * @param target       the stage a build would produce ({@code --target}); by default the last stage
     * @param contexts     where each Dockerfile's build context is ({@code --context}); each is walked once per engine
     * @param shellChecker the ShellCheck the {@code ShellCheck} rule runs; {@link ShellChecker#absent()} leaves it silent
     */
    public Engine(RuleCatalog catalog, BuildArgs buildArgs, Optional<String> target, BuildContexts contexts,
            ShellChecker shellChecker) {
        this(catalog, buildArgs, target, contexts, shellChecker, ImageDigests.offline());
    }

    private Engine(RuleCatalog catalog, BuildArgs buildArgs, Optional<String> target, BuildContexts contexts,
            ShellChecker shellChecker, ImageDigests digests) {
        this.catalog = catalog;
        this.rules = new RuleSet<>(catalog, RuleKind.DOCKERFILE, DockerfileRule.class);
        this.buildArgs = buildArgs;
        this.target = target;
        this.contexts = contexts;
        this.shellChecker = shellChecker;
        this.digests = digests;
    }

    /** This engine with rules that may look up image digests where {@code lookups} says (to pin images). */
    public Engine withDigests(ImageDigests lookups) {
        return new Engine(catalog, buildArgs, target, contexts, shellChecker, lookups);
    }

    /** The ShellCheck this engine's rules use. */
    public ShellChecker shellChecker() {
        return shellChecker;
    }

    /** A file's text and model, parsed once with this engine's build arguments and ready to lint. */
    public record Parsed(String path, SourceText source, Dockerfile dockerfile) {
    }

    /** Decodes and parses one file's bytes for {@link #lint(Parsed, Configuration)}. */
    public Parsed parse(String path, byte[] bytes) {
        SourceText source = SourceText.decode(bytes);
        return new Parsed(path, source, Dockerfiles.parse(path, source, buildArgs));
    }

    /**
     * The RUN scripts of a parsed file that ShellCheck checks, so that a batch of files can be handed to
     * {@link ShellChecker#start} at once: it then runs while they are linted, and each of them finds its results ready
     * instead of starting a process per file. Empty when ShellCheck is absent.
     */
    public List<ShellCheckInput> shellCheckInputs(Parsed parsed) {
        if (!shellChecker.available()) {
            return List.of();
        }
        return DockerfileScripts.inputs(parsed.dockerfile(), DockerfileFacts.of(parsed.dockerfile()));
    }

    /**
     * Lints one file's bytes.
     *
     * @throws ConfigException when the configuration gives a rule an option it does not have or an invalid value
     */
    public FileResult lint(String path, byte[] bytes, Configuration config) throws ConfigException {
        return lint(parse(path, bytes), config);
    }

    /**
     * Lints one parsed file.
     *
     * @throws ConfigException when the configuration gives a rule an option it does not have or an invalid value
     */
    public FileResult lint(Parsed parsed, Configuration config) throws ConfigException {
        return lint(parsed, config, () -> contexts.forDockerfile(parsed.path()));
    }

    /**
     * Lints a Dockerfile read from standard input, reported as {@code path}: its build context is only the one
     * {@code --context} names, never a directory derived from the path.
     *
     * @throws ConfigException when the configuration gives a rule an option it does not have or an invalid value
     */
    public FileResult lintStandardInput(String path, byte[] bytes, Configuration config) throws ConfigException {
        return lintStandardInput(parse(path, bytes), config);
    }

    /**
     * Lints a parsed Dockerfile read from standard input (see {@link #lintStandardInput(String, byte[], Configuration)}).
     *
     * @throws ConfigException when the configuration gives a rule an option it does not have or an invalid value
     */
    public FileResult lintStandardInput(Parsed parsed, Configuration config) throws ConfigException {
        return lint(parsed, config, contexts::forStandardInput);
    }

    private FileResult lint(Parsed parsed, Configuration config, Supplier<Optional<ContextFacts>> buildContext)
            throws ConfigException {
        rules.checkOptions(config);
        String path = parsed.path();
        SourceText source = parsed.source();
        Dockerfile dockerfile = parsed.dockerfile();
        DockerfileFacts facts;
        Optional<String> problem = Optional.empty();
        try {
            facts = DockerfileFacts.of(dockerfile, target, buildContext);
        } catch (IllegalArgumentException e) {
            facts = DockerfileFacts.of(dockerfile, Optional.empty(), buildContext);
            problem = Optional.of("--target " + target.orElse("") + ": " + e.getMessage() + " in this file (linted"
                    + " for its last stage instead)");
        }
        DockerfileFacts fileFacts = facts;
        if (shellChecker.available() && config.runs(SHELLCHECK_RULE, true)) {
            // ShellCheck runs in its own process while the other rules run here
            shellChecker.start(DockerfileScripts.inputs(dockerfile, fileFacts));
        }
        Pragmas pragmas = Pragmas.of(dockerfile, catalog, buildArgs.get(CHECK_ARGUMENT), config.pragmasDisabled());
        RuleRuns runs = new RuleRuns(config.enabling(experimentalTurnedOn(pragmas)));
        List<Finding> findings = new ArrayList<>();
        for (RuleSet.Entry<DockerfileRule> entry : rules.entries()) {
            List<Finding> found = runs.run(entry.meta(), (meta, options) -> new DockerfileContext(meta, options, fileFacts,
                            shellChecker, digests),
                    context -> entry.rule().check(dockerfile, context));
            for (Finding finding : found) {
                if (offHere(finding, config, pragmas)) {
                    continue;
                }
                Optional<Suppression> suppression = pragmas.suppression(finding);
                findings.add(suppression.isPresent() ? finding.suppressed(suppression.get())
                        : pragmas.failsBuild() && BuildKitChecks.reportedByBuildKit(finding) ? failing(finding) : finding);
            }
        }
        shellChecker.settle();
        findings.sort(ORDER);
        Optional<String> readError = runs.failure();
        if (problem.isPresent()) {
            readError = Optional.of(problem.get() + readError.map(f -> "; " + f).orElse(""));
        }
        return new FileResult(path, Optional.of(source), findings, readError, config.failureThreshold());
    }

    /** How many errors BuildKit's parser reports for this text (with this engine's build arguments). */
    long syntaxErrors(String path, SourceText source) {
        return Dockerfiles.parse(path, source, buildArgs).diagnostics().stream().filter(d -> d.error()).count();
    }

    /** The experimental checks the file turns on with {@code # check=experimental=…}. */
    private Set<String> experimentalTurnedOn(Pragmas pragmas) {
        Set<String> on = new HashSet<>();
        for (String check : BuildKitChecks.EXPERIMENTAL) {
            if (pragmas.turnsOn(check)) {
                on.add(check);
            }
        }
        return on;
    }

    /**
     * Whether a finding of an experimental check falls outside what turned the check on: the configuration turns it
     * on everywhere, a {@code # check=experimental=} comment only for its instruction.
     */
    private static boolean offHere(Finding finding, Configuration config, Pragmas pragmas) {
        return BuildKitChecks.isExperimental(finding.rule()) && !config.enabled().contains(finding.rule())
                && !pragmas.turnsOn(finding.rule(), finding.range());
    }

    /** A BuildKit violation under {@code # check=error=true}: the build fails there. */
    private static Finding failing(Finding finding) {
        return finding.withSeverity(Severity.ERROR).withMessage(finding.message()
                + " With # check=error=true, BuildKit fails the build on this.");
    }
}
