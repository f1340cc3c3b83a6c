package dev.dlint.rule;

import dev.dlint.facts.DockerfileFacts;
import dev.dlint.shellcheck.ShellChecker;
import java.util.Objects;

/**
 * What a Dockerfile rule sees: its options, where to report, the facts computed once for the file, and the run's
 * ShellCheck (absent unless the engine was given one).
 */
public final class DockerfileContext extends RuleContext {

    private final DockerfileFacts facts;
    private final ShellChecker shellChecker;

    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts) {
        this(rule, options, facts, ShellChecker.absent());
    }

    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts, ShellChecker shellChecker) {
        super(rule, options);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.shellChecker = Objects.requireNonNull(shellChecker, "shellChecker");
    }

    public DockerfileFacts facts() {
        return facts;
    }

    /** The ShellCheck of this run, shared by every file it lints. */
    public ShellChecker shellChecker() {
        return shellChecker;
    }
}
