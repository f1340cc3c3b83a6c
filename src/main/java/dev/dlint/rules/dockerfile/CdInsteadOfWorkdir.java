package dev.dlint.rules.dockerfile;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.CommandLine;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.DirectoryChanges;
import dev.dlint.shell.script.Connector;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A RUN that changes directory with {@code cd} for the rest of its script (see {@link DirectoryChanges} for the cd's
 * that are left alone). One finding per RUN, at its first such cd. When the RUN starts with {@code cd /abs/path &&},
 * an unsafe fix moves it into a WORKDIR above the RUN (WORKDIR stays for the instructions after it, and creates the
 * directory when it is missing).
 */
@RuleInfo(summary = "A RUN uses cd where WORKDIR would say where the commands run", severity = Severity.WARNING,
        category = Category.MAINTAINABILITY, aliases = {"DL3003"})
public final class CdInsteadOfWorkdir extends InstructionRule<RunInstruction> implements Fixable {

    public CdInsteadOfWorkdir() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        List<CommandUse> cds = DirectoryChanges.replaceable(commands, context.facts().dockerfile().scope(run),
                run.mounts().stream().flatMap(m -> m.target().stream()).toList());
        if (cds.isEmpty()) {
            return;
        }
        CommandUse cd = cds.get(0);
        String dir = DirectoryChanges.target(cd).map(Operand::text).orElse("~");
        String more = cds.size() > 1 ? " (and " + (cds.size() - 1) + " more cd in this RUN)" : "";
        RuleContext.FindingBuilder finding = context.report(cd.range(), "`cd " + dir + "` changes the directory for the"
                + " rest of this RUN" + more + ": use WORKDIR " + dir + " to set where the commands run, which also"
                + " applies to the instructions after it and reads clearer than cd inside a long RUN.");
        workdirFix(run, commands, cd, dir).ifPresent(edits -> finding.unsafeFix("Move `cd " + dir + "` into a WORKDIR"
                + " above the RUN (later instructions run there too, and WORKDIR creates it if missing)", edits));
    }

    /** {@code RUN cd /abs && rest} becomes {@code WORKDIR /abs} and {@code RUN rest}. */
    private static Optional<List<TextEdit>> workdirFix(RunInstruction run, List<CommandUse> commands, CommandUse cd,
                                                      String dir) {
        boolean plain = run.command().isPresent() && run.command().get() instanceof CommandLine.Shell
                && run.heredocs().isEmpty() && commands.size() > 1 && commands.get(0) == cd
                && commands.get(1).command().context().connector() == Connector.AND
                && cd.command().context().contexts().isEmpty()
                && cd.invocation().get().options().isEmpty() && cd.invocation().get().operands().size() == 1
                && dir.matches("/[A-Za-z0-9_./@+-]*") && DirectoryChanges.target(cd).get().isStatic();
        if (!plain) {
            return Optional.empty();
        }
        SourceRange first = cd.range();
        SourceRange next = commands.get(1).range();
        String indent = " ".repeat(run.range().startColumn() - 1);
        return Optional.of(List.of(TextEdit.insert(run.range(), "WORKDIR " + dir + "\n" + indent),
                new TextEdit(new SourceRange(first.startLine(), first.startColumn(), next.startLine(),
                        next.startColumn()), "")));
    }
}
