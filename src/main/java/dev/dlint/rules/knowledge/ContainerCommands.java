package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.shell.script.ExecutionContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Commands that make no sense in a build step (hadolint's DL3001 list: free, kill, mount, ps, service, shutdown, ssh,
 * top, vim), with the cases where they do: a service started for the commands after it (and stopped after them), a
 * process killed after the
 * same RUN started it in the background, ssh over the build's forwarded agent ({@code --mount=type=ssh}).
 */
public final class ContainerCommands {

    private static final Map<String, String> WHY = Map.of(
            "free", "shows the memory of the build container, which says nothing about where the image will run",
            "top", "shows the build container's processes and waits for a terminal",
            "ps", "shows the build container's processes, which end with the RUN",
            "kill", "stops a process of the build container, where nothing this RUN did not start is running",
            "shutdown", "cannot shut down a build container (there is no init to ask)",
            "mount", "needs privileges a build step does not have; use RUN --mount to mount into a step",
            "service", "starts a service that stops when the RUN ends, so nothing after it can use it; start it in"
                    + " CMD or ENTRYPOINT",
            "ssh", "needs keys or a terminal the build does not have; forward the agent with RUN --mount=type=ssh",
            "vim", "waits for a terminal no build step has; edit files with sed, or COPY them");

    private ContainerCommands() {
    }

    /** Why the command is pointless where it runs, or empty when it is not one of them or is used meaningfully. */
    public static Optional<String> pointless(Invocation invocation, RunInstruction run, List<CommandUse> before,
                                             List<CommandUse> after) {
        String tool = invocation.tool().equals("vi") || invocation.tool().equals("nvim") ? "vim" : invocation.tool();
        String why = WHY.get(tool);
        if (why == null) {
            return Optional.empty();
        }
        if (tool.equals("service") && (!after.isEmpty() || before.stream().anyMatch(c -> c.is("service")))) {
            return Optional.empty(); // started for the commands after it (a database set up, say), or stopped after them
        }
        if (tool.equals("kill") && before.stream().anyMatch(ContainerCommands::startsSomething)) {
            return Optional.empty();
        }
        if (tool.equals("ssh") && run.mounts().stream().map(Mount::type).anyMatch("ssh"::equals)) {
            return Optional.empty();
        }
        return Optional.of(why + ".");
    }

    /** A command that leaves a process running for the rest of the RUN: a background job or a service start. */
    private static boolean startsSomething(CommandUse use) {
        return use.command().context().is(ExecutionContext.BACKGROUND) || use.is("service")
                || use.invocation().map(i -> i.wrappers().stream().anyMatch(w -> w.name().equals("nohup"))).orElse(false);
    }
}
