package dev.dlint.engine;

import dev.dlint.model.Dockerfile;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Runs the rules over one Dockerfile and applies configuration; the one place findings are filtered and sorted. */
public final class Engine {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::range)
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    private final Rules rules;
    private final LintSettings settings;

    public Engine(Rules rules, LintSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public FileResult lint(String path, byte[] bytes) {
        SourceText source = SourceText.decode(bytes);
        Dockerfile dockerfile = Dockerfiles.parse(path, source, settings.buildArgs());
        List<Finding> findings = new ArrayList<>();
        for (DockerfileRule rule : rules.dockerfileRules()) {
            RuleContext context = new RuleContext(RuleMetadata.of(rule.getClass()), RuleOptions.none());
            rule.check(dockerfile, context);
            findings.addAll(context.findings());
        }
        findings.sort(ORDER);
        return new FileResult(path, Optional.of(source), findings, Optional.empty());
    }
}
