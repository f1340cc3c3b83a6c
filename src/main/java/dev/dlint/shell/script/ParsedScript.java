package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link ShellParser#parse(String)}.
 *
 * @param source the parsed text
 * @param script the syntax tree; partial when there are errors
 * @param errors the syntax errors in the order they were found; empty for well-formed input
 */
public record ParsedScript(String source, Script script, List<ShellSyntaxError> errors) {
    public ParsedScript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(script, "script");
        errors = List.copyOf(errors);
    }

    /** Whether any syntax error was found. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Every simple command in source order, with its context; see {@link CommandWalker#commands(ParsedScript)}. Walks the
     * tree (and parses {@code sh -c} strings) on each call.
     */
    public List<CommandInContext> commands() {
        return CommandWalker.commands(this);
    }
}
