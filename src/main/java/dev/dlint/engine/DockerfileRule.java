package dev.dlint.engine;

import dev.dlint.model.Dockerfile;

/**
 * A check over one parsed Dockerfile. Implementations are stateless: they read the model and report through the
 * context. Metadata is the class's {@link RuleInfo}.
 */
public interface DockerfileRule {

    void check(Dockerfile dockerfile, RuleContext context);
}
