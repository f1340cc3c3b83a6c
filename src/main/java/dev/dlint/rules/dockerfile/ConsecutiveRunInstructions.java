package dev.dlint.rules.dockerfile;

import dev.dlint.model.CommandLine;
import dev.dlint.model.Comment;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.shell.script.Statement;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A RUN right after another RUN (only comments between) where both are one shell-form command (a pipeline counts as
 * one; no heredoc) with the same flags: each RUN is a layer, and one RUN of both commands makes one. An unsafe fix
 * joins the later command onto the earlier RUN with {@code &&} (the cache and the shell state they share change).
 * Only stages whose layers the built image ships are judged: in a build stage that hands files on, separate RUNs cost
 * the image nothing and cache and debug better.
 */
@RuleInfo(summary = "Consecutive single-command RUNs could be one RUN", severity = Severity.INFO,
        category = Category.SIZE, aliases = {"DL3059"})
public final class ConsecutiveRunInstructions implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            if (!context.facts().stages().layersShip(stage)) {
                continue;
            }
            Instruction previous = stage.from();
            for (Instruction instruction : stage.instructions()) {
                if (previous instanceof RunInstruction && instruction instanceof RunInstruction
                        && single((RunInstruction) previous) && single((RunInstruction) instruction)
                        && sameFlags(previous, instruction)) {
                    report((RunInstruction) previous, (RunInstruction) instruction, dockerfile, context);
                }
                previous = instruction;
            }
        }
    }

    private static void report(RunInstruction first, RunInstruction second, Dockerfile dockerfile,
                               DockerfileContext context) {
        RuleContext.FindingBuilder finding = context.report(second.keyword().range(), "This RUN and the one on line "
                + first.range().startLine() + " each run one command with the same flags, and each makes a layer:"
                + " join them into one RUN with && (RUN a && b).");
        merge(first, second, dockerfile).ifPresent(edit -> finding.unsafeFix("Join this command onto the RUN on line "
                + first.range().startLine() + " with &&", List.of(edit)));
    }

    /** One statement of one pipeline, not in the background, nothing after it but spaces. */
    private static boolean single(RunInstruction run) {
        if (run.command().isEmpty() || !(run.command().get() instanceof CommandLine.Shell) || !run.heredocs().isEmpty()
                || run.shell().scripts().size() != 1) {
            return false;
        }
        ShellScript script = run.shell().scripts().get(0);
        List<Statement> statements = script.parsed().script().statements();
        return !script.parsed().hasErrors() && statements.size() == 1 && statements.get(0).pipelines().size() == 1
                && !statements.get(0).isBackground();
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        return a.flags().stream().map(Flag::word).map(Object::toString).toList()
                .equals(b.flags().stream().map(Flag::word).map(Object::toString).toList());
    }

    /** Replaces the end of the first RUN up to the second's command with {@code \ ⏎ [comments] && }. */
    private static Optional<TextEdit> merge(RunInstruction first, RunInstruction second, Dockerfile dockerfile) {
        SourceRange firstText = ((CommandLine.Shell) first.command().get()).text().range();
        ShellScript script = first.shell().scripts().get(0);
        Statement statement = script.parsed().script().statements().get(0);
        if (!script.text().text().substring(statement.end()).isBlank()) {
            return Optional.empty(); // a trailing comment would swallow the joined command
        }
        SourceRange end = script.range(statement.end(), statement.end());
        StringBuilder joint = new StringBuilder(" ").append(dockerfile.escape()).append('\n');
        for (Comment comment : second.header().comments()) {
            if (comment.range().startLine() > firstText.endLine()) {
                int from = dockerfile.source().offset(comment.range().startLine(), comment.range().startColumn());
                int to = dockerfile.source().offset(comment.range().endLine(), comment.range().endColumn());
                joint.append(dockerfile.source().text(), from, to).append('\n');
            }
        }
        joint.append(" && ");
        SourceRange secondText = ((CommandLine.Shell) second.command().get()).text().range();
        return Optional.of(new TextEdit(new SourceRange(end.startLine(), end.startColumn(), secondText.startLine(),
                secondText.startColumn()), joint.toString()));
    }
}
