package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * {@code wget} without {@code --progress} and without an option that quiets or redirects its log ({@code -q},
 * {@code -nv}, {@code -o}, {@code -a}): without a terminal it prints a dot per kilobyte, which floods the build log. Informational
 * runs ({@code wget --version}, {@code --help}) are left alone.
 */
@RuleInfo(summary = "wget prints its progress bar into the build log", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, aliases = {"DL3047"}, onbuild = true)
public final class WgetVerboseProgress extends InstructionRule<RunInstruction> {

    public WgetVerboseProgress() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(WgetVerboseProgress::noisy).isPresent()) {
                Invocation wget = use.invocation().get();
                context.report(use.command().range(wget.nameWord()), "`" + wget.spelled() + "` without --progress"
                        + " prints its progress into the build log (a dot per kilobyte, a line per 50 KB, when there is"
                        + " no terminal): add --progress=dot:giga, or -nv, or -q.");
            }
        }
    }

    private static boolean noisy(Invocation invocation) {
        return invocation.is("wget") && !invocation.has("--progress", "--quiet", "--no-verbose", "--output-file",
                "--append-output", "--version", "--help", "--spider");
    }
}
