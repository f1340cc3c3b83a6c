package dev.dlint.command;

import dev.dlint.shell.script.CommandInContext;
import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entry point: reads shell commands as {@link Invocation}s with the {@linkplain ToolRegistry#defaults() default tools}. */
public final class Invocations {
    private Invocations() {
    }

    /** See {@link ToolRegistry#parse(SimpleCommand)}. */
    public static Optional<Invocation> parse(SimpleCommand command) {
        return ToolRegistry.defaults().parse(command);
    }

    /** The invocation of a command found by {@link ParsedScript#commands()}. */
    public static Optional<Invocation> parse(CommandInContext command) {
        return parse(command.command());
    }

    /**
     * The invocations of every simple command of {@code script} in source order, those inside {@code sh -c} strings
     * included; commands that make none are left out.
     */
    public static List<Invocation> all(ParsedScript script) {
        List<Invocation> invocations = new ArrayList<>();
        for (CommandInContext command : script.commands()) {
            parse(command).ifPresent(invocations::add);
        }
        return List.copyOf(invocations);
    }
}
