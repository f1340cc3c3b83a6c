package dev.dlint.rule;

import dev.dlint.facts.DockerfileFacts;
import java.util.Objects;

/** What a Dockerfile rule sees: its options, where to report, and the facts computed once for the file. */
public final class DockerfileContext extends RuleContext {

    private final DockerfileFacts facts;
    private final ImageDigests digests;

    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts) {
        this(rule, options, facts, ImageDigests.offline());
    }

    /** @param digests where image digests are looked up (offline unless {@code --resolve-digests}) */
    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts, ImageDigests digests) {
        super(rule, options);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    public DockerfileFacts facts() {
        return facts;
    }

    /** The digests of image references, for fixes that pin them. */
    public ImageDigests digests() {
        return digests;
    }
}
