package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code ln} that makes /bin/sh (or /usr/bin/sh) a link to another shell: every later RUN, and every program of the
 * image that runs {@code sh}, silently gets that shell. Only the link being created counts: {@code /bin/sh} as the
 * source of a link elsewhere, or as an argument of another command, is fine.
 */
@RuleInfo(summary = "A RUN replaces /bin/sh with a link to another shell", severity = Severity.WARNING,
        category = Category.CORRECTNESS, aliases = {"DL4005"}, onbuild = true)
public final class SymlinkOverBinSh extends InstructionRule<RunInstruction> {

    private static final Set<String> SH = Set.of("/bin/sh", "/usr/bin/sh");

    public SymlinkOverBinSh() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (!use.is("ln")) {
                continue;
            }
            Invocation ln = use.invocation().get();
            List<Operand> operands = ln.operandsAfterSubcommand();
            if (operands.size() >= 2 && !ln.has("--target-directory") && SH.contains(last(operands).text())) {
                Operand link = last(operands);
                context.report(use.range(link), "`ln` replaces " + link.text() + " with a link to "
                        + operands.get(0).text() + ": later RUNs and every program of the image that runs sh get"
                        + " another shell without saying so. Use SHELL [\"" + operands.get(0).text() + "\", \"-c\"]"
                        + " to choose the shell of RUN instructions.");
            }
        }
    }

    private static Operand last(List<Operand> operands) {
        return operands.get(operands.size() - 1);
    }
}
