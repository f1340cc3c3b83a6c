package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
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
 * {@code gpg} without {@code --batch}: without a terminal, a question gpg would ask (overwrite an existing output file,
 * trust a key, a passphrase) cannot be answered, and gpg fails or waits instead of taking the non-interactive path.
 * {@code --version} and {@code --help} are left alone. From Henkel et al. (ICSE 2020), {@code gpgUseBatchFlag}.
 */
@RuleInfo(summary = "gpg runs without --batch in a build that has no terminal", severity = Severity.INFO,
        category = Category.CORRECTNESS, onbuild = true)
public final class GpgWithoutBatch extends InstructionRule<RunInstruction> implements Fixable {

    public GpgWithoutBatch() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(GpgWithoutBatch::interactive).isEmpty()) {
                continue;
            }
            Invocation gpg = use.invocation().get();
            var finding = context.report(use.command().range(gpg.nameWord()), "`" + gpg.spelled() + "` without"
                    + " --batch may stop at a question (overwrite a file, trust a key) that a build cannot answer: add"
                    + " --batch.");
            CommandEdits.afterName(use, "--batch", context.facts().dockerfile().source())
                    .ifPresent(edit -> finding.safeFix("Add --batch", List.of(edit)));
        }
    }

    private static boolean interactive(Invocation gpg) {
        return gpg.is("gpg") && !gpg.has("--batch", "--version", "--help") && !gpg.options().isEmpty();
    }
}
