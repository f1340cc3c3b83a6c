package dev.dlint.engine;

import dev.dlint.config.Configuration;
import dev.dlint.model.Dockerfile;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules over one Dockerfile and applies configuration and pragmas: the one place findings are filtered,
 * re-graded and sorted. A rule that fails on some input does not stop the others; the file reports it.
 */
public final class Engine {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::range)
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    private final Rules rules;
    private final BuildArgs buildArgs;

    public Engine(Rules rules, BuildArgs buildArgs) {
        this.rules = rules;
        this.buildArgs = buildArgs;
    }

    public FileResult lint(String path, byte[] bytes, Configuration config) {
        SourceText source = SourceText.decode(bytes);
        Dockerfile dockerfile = Dockerfiles.parse(path, source, buildArgs);
        Pragmas pragmas = Pragmas.of(dockerfile, rules);
        List<Finding> findings = new ArrayList<>();
        List<String> ruleFailures = new ArrayList<>();
        for (DockerfileRule rule : rules.dockerfileRules()) {
            RuleMetadata meta = rules.metadata(rule);
            if (!config.runs(meta.name(), meta.enabledByDefault())) {
                continue;
            }
            RuleContext context = new RuleContext(meta, new RuleOptions(config.options(meta.name()),
                    config.trustedRegistries()));
            try {
                rule.check(dockerfile, context);
            } catch (RuntimeException | StackOverflowError e) {
                ruleFailures.add(meta.name() + ": " + e);
                continue;
            }
            for (Finding finding : context.findings()) {
                Severity severity = config.severities().getOrDefault(meta.name(), finding.severity());
                Finding graded = finding.withSeverity(severity);
                Optional<Suppression> suppression = pragmas.suppression(meta.name(), finding.range());
                findings.add(suppression.isPresent() ? graded.suppressed(suppression.get()) : graded);
            }
        }
        findings.sort(ORDER);
        Optional<String> failure = ruleFailures.isEmpty() ? Optional.empty()
                : Optional.of("internal error in rule " + String.join("; ", ruleFailures) + " (please report this)");
        return new FileResult(path, Optional.of(source), findings, failure, config.failureThreshold());
    }
}
