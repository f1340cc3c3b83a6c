package dev.dlint.shell.script;

/** Where a command sits, as far as it matters for whether and how it runs. See {@link CommandInContext}. */
public enum ExecutionContext {
    /** One of two or more commands joined by {@code |} in the same script. */
    PIPELINE,
    /**
     * Its exit status is tested rather than fatal: in the condition of {@code if}, {@code elif}, {@code while} or
     * {@code until}, on the left of {@code ||}, or in a pipeline negated with {@code !}.
     */
    CONDITION,
    /** Runs only if a test says so: in a {@code then}, {@code elif} or {@code else} part, a {@code case} item, or on the right of {@code ||}. */
    BRANCH,
    /** In the body of a {@code for}, {@code while} or {@code until} loop: may run any number of times, including none. */
    LOOP_BODY,
    /** In a function body: runs only when the function is called. */
    FUNCTION_BODY,
    /** Started in the background with {@code &}. */
    BACKGROUND,
    /** Inside {@code ( … )}, so changes to the directory or variables do not outlive it. */
    SUBSHELL,
    /** Inside {@code $( … )} or backquotes. */
    COMMAND_SUBSTITUTION,
    /** Inside the string argument of {@code sh -c}, {@code bash -c}, {@code su -c} and the like. */
    NESTED_SHELL
}
