package dev.dlint.shell.script;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simple command found by {@link CommandWalker}, with how it is linked to the command before it and the contexts it runs in.
 *
 * @param command       the command
 * @param connector     the operator linking it to its predecessor in the same list: {@code &&} for {@code b} in
 *                      {@code a && b}, {@code |} for {@code sh} in {@code curl x | sh}. The first command of a subshell,
 *                      group, {@code if} or loop condition and {@code for} body takes the connector of that compound
 *                      command; the first command of any other body, of a command substitution or of a nested shell has
 *                      {@link Connector#NONE}
 * @param contexts      the contexts the command runs in; empty for a plain top-level command
 * @param pipeline      the innermost pipeline of two or more commands that contains it, within the same script (not across
 *                      a command substitution or nested shell)
 * @param pipelineIndex the index, in {@code pipeline}, of the element that contains the command; -1 without a pipeline
 * @param launchedBy    the {@code sh -c} / {@code su -c} command whose string argument holds this command, if any
 */
public record CommandInContext(SimpleCommand command, Connector connector, Set<ExecutionContext> contexts,
                               Optional<Pipeline> pipeline, int pipelineIndex, Optional<SimpleCommand> launchedBy) {
    public CommandInContext {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(connector, "connector");
        EnumSet<ExecutionContext> copy = EnumSet.noneOf(ExecutionContext.class);
        copy.addAll(contexts);
        contexts = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(launchedBy, "launchedBy");
    }

    /** Whether the command runs in the given context. */
    public boolean is(ExecutionContext context) {
        return contexts.contains(context);
    }

    /** Whether the command is part of a pipeline of two or more commands. */
    public boolean inPipeline() {
        return is(ExecutionContext.PIPELINE);
    }

    /** Whether the command's exit status is tested rather than fatal (see {@link ExecutionContext#CONDITION}). */
    public boolean inCondition() {
        return is(ExecutionContext.CONDITION);
    }

    /** Whether the command runs in a background job. */
    public boolean inBackground() {
        return is(ExecutionContext.BACKGROUND);
    }

    /**
     * Whether the command runs whenever the script runs to its position: it is not in an {@code if}/{@code case} branch,
     * on the right of {@code ||}, in a loop body or in a function body. A command joined by {@code &&} counts as
     * unconditional, since the usual {@code a && b} in a {@code RUN} fails the build when {@code a} fails.
     */
    public boolean runsUnconditionally() {
        return !is(ExecutionContext.BRANCH) && !is(ExecutionContext.LOOP_BODY) && !is(ExecutionContext.FUNCTION_BODY);
    }

    /** The pipeline element whose output this command reads: {@code curl x} for the {@code sh} of {@code curl x | sh}. */
    public Optional<Command> pipedFrom() {
        return pipeline.filter(p -> pipelineIndex > 0).map(p -> p.commands().get(pipelineIndex - 1));
    }
}
