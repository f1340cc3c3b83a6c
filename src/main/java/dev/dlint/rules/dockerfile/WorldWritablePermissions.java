package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.command.Option;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.FileModes;
import dev.dlint.rules.knowledge.TemporaryPaths;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code chmod 777} and the like ({@code chmod -R 0666}, {@code chmod a+rwx}, {@code mkdir -m 777},
 * {@code install -m 777}): every process of the container, whatever its user, may then change those files. The
 * sticky-bit modes of shared directories ({@code 1777}, {@code +t}) are fine, and so are paths the RUN uses only for
 * itself ({@link TemporaryPaths}). Reported at the mode.
 */
@RuleInfo(summary = "A RUN makes files writable by every user", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class WorldWritablePermissions extends InstructionRule<RunInstruction> {

    public WorldWritablePermissions() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        for (int i = 0; i < commands.size(); i++) {
            CommandUse use = commands.get(i);
            // the cheap test first: the other two look through the RUN's commands, once per command would be quadratic
            if (use.invocation().isEmpty() || !use.is("chmod", "mkdir", "install") || onlyTemporary(use, commands, i)
                    || restoredLater(use, commands, i)) {
                continue;
            }
            Invocation inv = use.invocation().get();
            if (inv.is("chmod")) {
                inv.operandsAfterSubcommand().stream().findFirst().filter(o -> FileModes.worldWritable(o.text()))
                        .ifPresent(mode -> report(use.range(mode), "chmod " + mode.text(), context));
            } else if (inv.is("mkdir") || inv.is("install")) {
                Optional<Option> mode = inv.all("--mode").stream()
                        .filter(o -> o.value().map(FileModes::worldWritable).orElse(false)).findFirst();
                mode.ifPresent(m -> report(use.range(m.valueSpan().orElse(m.span())), inv.spelled() + " "
                        + m.spelled() + " " + m.value().get(), context));
            }
        }
    }

    /** Whether every path the command changes is one the RUN uses only for itself ({@link TemporaryPaths}). */
    private static boolean onlyTemporary(CommandUse use, List<CommandUse> commands, int index) {
        List<Operand> paths = paths(use);
        return !paths.isEmpty() && paths.stream().allMatch(p -> TemporaryPaths.isTemporary(p.text(), commands, index));
    }

    /**
     * Whether a later chmod of the same RUN takes the write bit for others away again from every path the command
     * changes ({@code chmod 666 /etc/sudoers && echo … >> /etc/sudoers && chmod 440 /etc/sudoers}), so no layer keeps
     * them world-writable.
     */
    private static boolean restoredLater(CommandUse use, List<CommandUse> commands, int index) {
        List<Operand> paths = paths(use);
        if (paths.isEmpty()) {
            return false;
        }
        return paths.stream().allMatch(path -> commands.subList(index + 1, commands.size()).stream()
                .filter(later -> later.is("chmod") && later.invocation().isPresent())
                .anyMatch(later -> {
                    List<Operand> operands = later.invocation().get().operandsAfterSubcommand();
                    return !operands.isEmpty() && FileModes.removesWorldWrite(operands.get(0).text())
                            && operands.subList(1, operands.size()).stream().anyMatch(o -> o.text().equals(path.text()));
                }));
    }

    /** The paths a chmod, mkdir or install changes. */
    private static List<Operand> paths(CommandUse use) {
        List<Operand> operands = use.invocation().get().operandsAfterSubcommand();
        return use.is("chmod") ? operands.subList(Math.min(1, operands.size()), operands.size()) : operands;
    }

    private static void report(SourceRange at, String what, DockerfileContext context) {
        context.report(at, "`" + what + "` lets every user of the container write these files, so any process can"
                + " change what the image runs: give them to the user that writes them (COPY --chown, chown) and keep"
                + " 755/644 (775/664 for a shared group, 1777 for a shared scratch directory).");
    }
}
