package dev.dlint.rule;

import dev.dlint.facts.DockerfileFacts;
import java.util.Objects;

/** What a Dockerfile rule sees: its options, where to report, and the facts computed once for the file. */
public final class DockerfileContext extends RuleContext {

    private final DockerfileFacts facts;

    public DockerfileContext(RuleMetadata rule, RuleOptions options, DockerfileFacts facts) {
        super(rule, options);
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    public DockerfileFacts facts() {
        return facts;
    }
}
