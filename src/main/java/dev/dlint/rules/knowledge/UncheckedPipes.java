package dev.dlint.rules.knowledge;

import dev.dlint.facts.CommandUse;
import dev.dlint.shell.script.Connector;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.shell.script.Operator;
import dev.dlint.shell.script.Pipeline;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Word;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first pipeline of a RUN whose failure the shell would hide without pipefail: a pipeline's status is its last
 * command's, so {@code curl … | tar x} succeeds when the download fails. Not counted: pipelines in a nested
 * {@code sh -c} (SHELL's options do not reach it), pipelines whose earlier commands cannot fail in a way that matters
 * ({@code echo}, {@code printf}, {@code true}, also grouped as in {@code { echo a; echo b; } | tee f}, and {@code yes},
 * which pipefail would turn into a failure when the reader exits), commands that only print a fact of the build
 * machine ({@code uname -m}, {@code dpkg --print-architecture}, {@code apk --print-arch}, {@code nproc},
 * {@code cat /etc/passwd}), commands whose failure the script forgives ({@code { cmd --help || :; } | grep x}, {@code || echo failed}), pipelines
 * whose status is a test ({@code if … | grep -q …; then}, {@code while}, {@code ! …}: there the last command's failure
 * is the expected outcome, and pipefail changes nothing), pipelines in a command substitution whose status is dropped
 * ({@code for f in $(git status | awk …)}, {@code apk add $(scanelf … | sort)}), and pipelines after a {@code set -o pipefail} of the script
 * itself. A pipeline left of {@code ||} still counts: pipefail decides whether the fallback runs.
 */
public final class UncheckedPipes {

    private static final Set<String> HARMLESS = Set.of("echo", "printf", "true", ":", "yes", "uname", "arch", "nproc",
            "whoami", "pwd", "date");

    /** Files every Linux build has, which {@code cat} cannot fail to read. */
    private static final Set<String> SYSTEM_FILES = Set.of("/etc/passwd", "/etc/group", "/etc/os-release",
            "/etc/hosts", "/proc/cpuinfo", "/proc/meminfo");

    /** Commands that print a fact of the machine with one option: {@code dpkg --print-architecture}. */
    private static final Map<String, String> FACTS = Map.of("dpkg", "--print-architecture", "apk", "--print-arch");

    private UncheckedPipes() {
    }

    /** The {@code |} of the first such pipeline. */
    public static Optional<SourceRange> first(List<CommandUse> commands) {
        boolean pipefail = false;
        for (CommandUse use : commands) {
            pipefail = pipefail || setsPipefail(use.command().command());
            Optional<Pipeline> pipeline = use.command().context().pipeline();
            if (pipefail || pipeline.isEmpty() || use.command().context().is(ExecutionContext.NESTED_SHELL)
                    || use.command().context().pipelineIndex() != 0 || harmless(pipeline.get(), commands)
                    || tested(pipeline.get(), use, commands) || statusDropped(pipeline.get(), use, commands)) {
                continue;
            }
            Operator bar = pipeline.get().operators().get(0);
            return Optional.of(use.command().script().range(bar.start(), bar.end()));
        }
        return Optional.empty();
    }

    /** Whether every command before the last element is harmless, also inside a group ({@code { echo a; echo b; } |}). */
    private static boolean harmless(Pipeline pipeline, List<CommandUse> commands) {
        int last = pipeline.commands().size() - 1;
        for (int i = 0; i < commands.size(); i++) {
            CommandUse c = commands.get(i);
            if (c.command().context().pipeline().filter(p -> p == pipeline).isPresent()
                    && c.command().context().pipelineIndex() < last && !harmless(c.command().command())
                    && !forgiven(c, i + 1 < commands.size() ? Optional.of(commands.get(i + 1)) : Optional.empty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A command whose failure the script forgives itself with a fallback that cannot fail:
     * {@code { cmd --help || :; } | grep x}, {@code { make check || echo failed; } | tee log}.
     */
    private static boolean forgiven(CommandUse command, Optional<CommandUse> next) {
        return command.command().context().is(ExecutionContext.CONDITION) && next.filter(n -> n.command().context()
                .connector() == Connector.OR && harmless(n.command().command())).isPresent();
    }

    private static boolean harmless(SimpleCommand command) {
        Optional<String> name = command.name();
        return name.filter(HARMLESS::contains).isPresent() || name.filter(FACTS::containsKey).isPresent()
                && command.args().size() == 1 && command.args().get(0).unquoted().equals(FACTS.get(name.get()))
                || command.isNamed("cat") && !command.args().isEmpty()
                && command.args().stream().allMatch(a -> SYSTEM_FILES.contains(a.unquoted()));
    }

    /**
     * Whether the pipeline runs in a command substitution whose status nobody reads: only a command of nothing but
     * assignments ({@code x="$(a | b)"}) takes a substitution's status; in the words of a command
     * ({@code apk add $(…)}, {@code export X=$(…)}), a {@code for} list or a test it is dropped, pipefail or not.
     */
    private static boolean statusDropped(Pipeline pipeline, CommandUse first, List<CommandUse> commands) {
        if (!first.command().context().is(ExecutionContext.COMMAND_SUBSTITUTION)) {
            return false;
        }
        return commands.stream().map(CommandUse::command).filter(c -> c.script() == first.command().script())
                .map(c -> c.command())
                .filter(c -> c.name().isEmpty() && !c.assignments().isEmpty())
                .noneMatch(c -> c.start() <= pipeline.start() && pipeline.end() <= c.end());
    }

    /**
     * Whether the pipeline's status is tested by {@code if}, {@code while}, {@code until} or {@code !} rather than
     * decided by {@code ||}: negated, or in a condition and not followed by {@code ||}.
     */
    private static boolean tested(Pipeline pipeline, CommandUse first, List<CommandUse> commands) {
        if (pipeline.negated()) {
            return true;
        }
        if (!first.command().context().is(ExecutionContext.CONDITION)) {
            return false;
        }
        int last = -1;
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).command().context().pipeline().filter(p -> p == pipeline).isPresent()) {
                last = i;
            }
        }
        return last + 1 >= commands.size() || commands.get(last + 1).command().context().connector() != Connector.OR;
    }

    /** {@code set -o pipefail}, also in a cluster ending in o ({@code set -euo pipefail}). */
    private static boolean setsPipefail(SimpleCommand command) {
        if (!command.isNamed("set")) {
            return false;
        }
        List<Word> args = command.args();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).unquoted().matches("-[a-zA-Z]*o") && args.get(i + 1).unquoted().equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
