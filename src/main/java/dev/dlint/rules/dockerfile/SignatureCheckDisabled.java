package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.InsecureSettings;
import java.util.List;

/**
 * A package-manager command that installs packages without checking their signatures
 * ({@link InsecureSettings#signatures}): a mirror or proxy can then hand the build any package under that name.
 */
@RuleInfo(summary = "A package manager installs packages without checking their signatures",
        severity = Severity.WARNING, category = Category.SECURITY, onbuild = true)
public final class SignatureCheckDisabled extends InstructionRule<RunInstruction> {

    public SignatureCheckDisabled() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        for (CommandUse use : commands) {
            for (InsecureSettings.Hit hit : InsecureSettings.signatures(use, commands)) {
                context.report(hit.range(), "`" + hit.what() + "` turns off package signature checks, so a mirror or"
                        + " proxy can hand the build any package under that name: " + hit.instead() + ".");
            }
        }
    }
}
