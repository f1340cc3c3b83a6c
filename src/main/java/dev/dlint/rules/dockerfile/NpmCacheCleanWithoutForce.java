package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import java.util.List;

/**
 * {@code npm cache clean} (also {@code clear}, {@code rm}) without {@code --force}: since npm 5 the command refuses to
 * run without it ("the npm cache self-heals") and exits 1, which fails the RUN. One of the rules Henkel et al.
 * (ICSE 2020) mined from the official images ({@code npmCacheCleanUseForce}).
 */
@RuleInfo(summary = "`npm cache clean` without --force fails the build on npm 5 and later", severity = Severity.ERROR,
        category = Category.CORRECTNESS, onbuild = true)
public final class NpmCacheCleanWithoutForce extends InstructionRule<RunInstruction> implements Fixable {

    public NpmCacheCleanWithoutForce() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(i -> i.is("npm") && i.isSubcommand("cache", "clean") && !i.has("--force"))
                    .isEmpty()) {
                continue;
            }
            var finding = context.report(CommandEdits.commandRange(use), "`" + use.command().summary(40)
                    + "` without --force exits with an error on npm 5 and later (\"npm ERR! As of npm@5, the npm cache"
                    + " self-heals\"), which fails the build: add --force (`npm cache clean --force`).");
            CommandEdits.afterSubcommand(use, "--force", context.facts().dockerfile().source())
                    .ifPresent(edit -> finding.safeFix("Add --force", List.of(edit)));
        }
    }
}
