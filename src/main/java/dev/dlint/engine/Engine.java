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
        RuleRuns runs = new RuleRuns(config);
        List<Finding> findings = new ArrayList<>();
        for (DockerfileRule rule : rules.dockerfileRules()) {
            RuleMetadata meta = rules.metadata(rule);
            for (Finding finding : runs.run(meta, context -> rule.check(dockerfile, context))) {
                Optional<Suppression> suppression = pragmas.suppression(meta.name(), finding.range());
                findings.add(suppression.isPresent() ? finding.suppressed(suppression.get()) : finding);
            }
        }
        findings.sort(ORDER);
        return new FileResult(path, Optional.of(source), findings, runs.failure(), config.failureThreshold());
    }
}
