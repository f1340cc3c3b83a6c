package dev.dlint.rule;

import dev.dlint.model.Dockerfile;

/**
 * A check over one parsed Dockerfile. Implementations are stateless: they read the model and the facts computed once
 * per file ({@link DockerfileContext#facts()}) and report through the context. Most rules extend one of the helper
 * levels: {@link InstructionRule} (one instruction at a time) or {@link StageRule} (state through a stage and the
 * stages it is built FROM); a rule that needs the whole file implements this interface directly.
 */
public interface DockerfileRule extends Rule {

    void check(Dockerfile dockerfile, DockerfileContext context);
}
