package dev.dlint.engine;

import dev.dlint.syntax.BuildArgs;

/** What one lint run needs besides the inputs: the resolved configuration and the build arguments. */
public record LintSettings(BuildArgs buildArgs, Configuration configuration) {

    public static LintSettings defaults() {
        return new LintSettings(BuildArgs.none(), Configuration.defaults());
    }
}
