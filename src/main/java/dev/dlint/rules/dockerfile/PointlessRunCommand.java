package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.ContainerCommands;
import java.util.List;

/**
 * A RUN that runs a command which has no lasting effect in a build step (ps, top, free, shutdown, a service start
 * nothing uses) or needs a terminal or privileges the build does not have (vim, ssh, mount).
 */
@RuleInfo(summary = "A RUN runs a command that does nothing useful in a build step", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, aliases = {"DL3001"}, onbuild = true)
public final class PointlessRunCommand extends InstructionRule<RunInstruction> {

    public PointlessRunCommand() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        for (int i = 0; i < commands.size(); i++) {
            CommandUse use = commands.get(i);
            if (use.invocation().isEmpty()) {
                continue;
            }
            Invocation invocation = use.invocation().get();
            ContainerCommands.pointless(invocation, run, commands.subList(0, i), commands.subList(i + 1, commands.size()))
                    .ifPresent(why -> context.report(use.command().range(invocation.nameWord()), "`"
                            + invocation.spelled() + "` " + why));
        }
    }
}
