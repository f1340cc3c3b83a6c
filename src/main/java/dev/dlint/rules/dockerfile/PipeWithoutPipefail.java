package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ShellInEffect;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.BashPresence;
import dev.dlint.rules.knowledge.UncheckedPipes;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A RUN whose pipeline can fail unseen ({@link UncheckedPipes}) because the shell in effect, inherited through
 * {@code FROM <stage>} too, does not set pipefail. PowerShell and cmd are left alone. Fixes: when a SHELL already runs
 * a shell that knows pipefail, add {@code -o pipefail} to it (safe); otherwise insert
 * {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]} before the stage's first such RUN, unsafe (bash is not sh:
 * echo and other builtins behave differently) and only where bash is known to exist.
 */
@RuleInfo(summary = "A RUN pipes commands without pipefail, so an early failure goes unseen",
        severity = Severity.WARNING, category = Category.CORRECTNESS, aliases = {"DL4006"})
public final class PipeWithoutPipefail implements DockerfileRule, Fixable {

    private static final String BASH = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            Optional<RunInstruction> firstOfShell = Optional.empty();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof ShellInstruction) {
                    firstOfShell = Optional.empty();
                }
                Optional<SourceRange> pipe = unchecked(instruction, context);
                if (pipe.isPresent()) {
                    RunInstruction run = (RunInstruction) instruction;
                    firstOfShell = firstOfShell.or(() -> Optional.of(run));
                    report(run, pipe.get(), firstOfShell.get(), stage, context);
                }
            }
        }
    }

    private static Optional<SourceRange> unchecked(Instruction instruction, DockerfileContext context) {
        if (!(instruction instanceof RunInstruction) || ((RunInstruction) instruction).command().isEmpty()
                || ((RunInstruction) instruction).command().get() instanceof CommandLine.Exec) {
            return Optional.empty();
        }
        ShellInEffect shell = context.facts().shell(instruction);
        if (!shell.isPosix() || shell.hasPipefail()) {
            return Optional.empty();
        }
        return UncheckedPipes.first(context.facts().commands((RunInstruction) instruction));
    }

    private static void report(RunInstruction run, SourceRange pipe, RunInstruction firstOfShell, Stage stage,
                               DockerfileContext context) {
        ShellInEffect shell = context.facts().shell(run);
        RuleContext.FindingBuilder finding = context.report(pipe, "This pipeline's status is its last command's, so"
                + " a failure before the | goes unseen and the build carries on with broken output: run RUN with"
                + " pipefail, " + (shell.supportsPipefail() && shell.instruction().isPresent()
                ? "adding \"-o\", \"pipefail\" to the SHELL on line " + shell.instruction().get().range().startLine()
                : BASH + " (or set -o pipefail at the start of the command, where the shell supports it)") + ".");
        if (shell.supportsPipefail() && shell.instruction().isPresent()) {
            pipefailOption(shell.instruction().get()).ifPresent(edit -> finding.safeFix("Add -o pipefail to the SHELL"
                    + " on line " + shell.instruction().get().range().startLine(), List.of(edit)));
        } else if (BashPresence.at(firstOfShell, stage, context.facts()).orElse(false)) {
            String indent = " ".repeat(firstOfShell.range().startColumn() - 1);
            finding.unsafeFix("Run the stage's RUNs with bash and pipefail from line "
                    + firstOfShell.range().startLine() + " (bash is not sh: check commands that rely on sh's builtins)",
                    List.of(TextEdit.insert(firstOfShell.range(), BASH + "\n" + indent)));
        }
    }

    /** {@code ["/bin/bash", "-c"]} becomes {@code ["/bin/bash", "-o", "pipefail", "-c"]}. */
    private static Optional<TextEdit> pipefailOption(ShellInstruction shell) {
        if (shell.command().isEmpty() || !(shell.command().get() instanceof CommandLine.Exec)) {
            return Optional.empty();
        }
        List<Word> args = ((CommandLine.Exec) shell.command().get()).arguments();
        SourceRange executable = args.get(0).range();
        return Optional.of(new TextEdit(new SourceRange(executable.endLine(), executable.endColumn(),
                executable.endLine(), executable.endColumn()), ", \"-o\", \"pipefail\""));
    }
}
