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
    private final ImageDigests digests;

    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts) {
        this(rule, options, facts, ShellChecker.absent(), ImageDigests.offline());
    }

    /**
     * @param shellChecker the ShellCheck of this run
     * @param digests      where image digests are looked up (offline unless {@code --resolve-digests})
     */
    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts, ShellChecker shellChecker,
            ImageDigests digests) {
        super(rule, options);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.shellChecker = Objects.requireNonNull(shellChecker, "shellChecker");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    public DockerfileFacts facts() {
        return facts;
    }

    /** The ShellCheck of this run, shared by every file it lints. */
    public ShellChecker shellChecker() {
        return shellChecker;
    }

    /** The digests of image references, for fixes that pin them. */
    public ImageDigests digests() {
        return digests;
    }
}
