package dev.dlint.rules.fixes;

import dev.dlint.model.CommandLine;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.rule.Edits;
import dev.dlint.rule.TextEdit;
import dev.dlint.shell.script.Command;
import dev.dlint.shell.script.Connector;
import dev.dlint.shell.script.Pipeline;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Statement;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Edits of a RUN's shell code: append a command at its end, remove one of its top-level commands, add a flag. The
 * edits keep the RUN's layout: a one-line RUN gets {@code  && cmd}; a continued RUN gets a new continuation line with
 * the same indentation and operator placement ({@code \}, newline, {@code && cmd}, or {@code cmd && \}), the file's
 * escape character and line ending. Only shell-form RUNs without heredocs whose code parses are edited.
 */
public final class RunEdits {

    private RunEdits() {
    }

    /** Where a command sits in its RUN's top-level code. */
    public record Place(ShellScript script, int statement, int pipeline) {

        Statement statement(ShellScript s) {
            return s.parsed().script().statements().get(statement);
        }
    }

    /** The single parsed script of a shell-form RUN without heredocs, when it has no syntax error. */
    public static Optional<ShellScript> editableScript(RunInstruction run) {
        if (!(run.command().orElse(null) instanceof CommandLine.Shell) || !run.heredocs().isEmpty()
                || !run.shell().isAnalysed() || run.shell().scripts().size() != 1) {
            return Optional.empty();
        }
        ShellScript script = run.shell().scripts().get(0);
        if (script.parsed().hasErrors() || script.parsed().script().statements().isEmpty()
                || !script.text().isVerbatim()) {
            return Optional.empty();
        }
        return Optional.of(script);
    }

    /**
     * The top-level place of a command: a pipeline of its own (not negated) in a statement of the RUN's script, not
     * inside a subshell, group, condition, loop or nested {@code sh -c}.
     */
    public static Optional<Place> place(RunInstruction run, RunCommand command) {
        Optional<ShellScript> script = editableScript(run);
        if (script.isEmpty() || command.script() != script.get() || command.context().launchedBy().isPresent()) {
            return Optional.empty();
        }
        SimpleCommand simple = command.command();
        List<Statement> statements = script.get().parsed().script().statements();
        for (int s = 0; s < statements.size(); s++) {
            List<Pipeline> pipelines = statements.get(s).pipelines();
            for (int p = 0; p < pipelines.size(); p++) {
                Pipeline pipeline = pipelines.get(p);
                if (pipeline.negated() || pipeline.commands().size() != 1) {
                    continue;
                }
                Command only = pipeline.commands().get(0);
                if (only instanceof SimpleCommand && only.start() == simple.start() && only.end() == simple.end()) {
                    return Optional.of(new Place(script.get(), s, p));
                }
            }
        }
        return Optional.empty();
    }

    /** A command's text as the shell reads it: continuation lines joined. */
    public static String text(RunCommand command) {
        return command.script().parsed().source().substring(command.command().start(), command.command().end());
    }

    /** Whether the script's first command is {@code set} with {@code -e} (or {@code -o errexit}). */
    public static boolean exitsOnError(ShellScript script) {
        List<Statement> statements = script.parsed().script().statements();
        if (statements.isEmpty()) {
            return false;
        }
        Pipeline first = statements.get(0).pipelines().get(0);
        if (!(first.commands().get(0) instanceof SimpleCommand)) {
            return false;
        }
        SimpleCommand set = (SimpleCommand) first.commands().get(0);
        if (!set.isNamed("set")) {
            return false;
        }
        List<dev.dlint.shell.script.Word> args = set.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i).unquoted();
            if (a.matches("-[a-zA-Z]*e[a-zA-Z]*") || a.equals("-o") && i + 1 < args.size()
                    && args.get(i + 1).unquoted().equals("errexit")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends {@code command} to the end of the RUN's code, run only when the code before it succeeded: joined with
     * {@code &&}, or with {@code ;} in a RUN that starts with {@code set -e} and separates its commands with
     * {@code ;}. Empty when the RUN's code cannot be edited or its last command never returns ({@code exit},
     * {@code exec}) or runs in the background.
     */
    public static Optional<TextEdit> append(Dockerfile dockerfile, RunInstruction run, String command) {
        Optional<ShellScript> editable = editableScript(run);
        if (editable.isEmpty() || command.contains("\n")) {
            return Optional.empty();
        }
        ShellScript script = editable.get();
        List<Statement> statements = script.parsed().script().statements();
        Statement last = statements.get(statements.size() - 1);
        if (last.isBackground() || endsTheShell(last)) {
            return Optional.empty();
        }
        SourceText source = dockerfile.source();
        SourceRange lastChar = script.range(last.end() - 1, last.end());
        SourceRange at = new SourceRange(lastChar.endLine(), lastChar.endColumn(), lastChar.endLine(), lastChar.endColumn());
        boolean semicolons = exitsOnError(script) && statements.size() > 1
                && statements.get(statements.size() - 2).terminator().map(t -> t.kind() == Connector.SEMICOLON).orElse(false);
        String joiner = semicolons ? ";" : "&&";
        int firstLine = run.range().startLine();
        Pipeline lastPipeline = last.pipelines().get(last.pipelines().size() - 1);
        int line = script.range(lastPipeline.start(), lastPipeline.start() + 1).startLine();
        if (line == firstLine && lastChar.endLine() == firstLine) {
            return Optional.of(new TextEdit(at, (semicolons ? "; " : " && ") + command));
        }
        String lineText = source.line(line);
        String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
        if (line == firstLine) {
            indent = "    ";
        }
        String stripped = lineText.strip();
        boolean leading = stripped.startsWith("&&") || stripped.startsWith("||") || stripped.startsWith(";")
                || stripped.startsWith("|");
        String continuation = " " + dockerfile.escape() + source.newline() + indent;
        return Optional.of(new TextEdit(at, leading ? continuation + joiner + " " + command
                : (semicolons ? ";" : " &&") + continuation + command));
    }

    private static boolean endsTheShell(Statement statement) {
        Pipeline last = statement.pipelines().get(statement.pipelines().size() - 1);
        Command command = last.commands().get(last.commands().size() - 1);
        return command instanceof SimpleCommand && ((SimpleCommand) command).isNamed("exit", "exec");
    }

    /**
     * The edits that remove a top-level command from its RUN, with the operator that joined it: {@code a && b && c}
     * without {@code b} is {@code a && c}. A RUN left without code is deleted with the comments above it. Empty when
     * the command is joined by {@code ||} or a pipe, or is not at the top level.
     *
     * @param exitStatusKept set to whether the RUN still fails exactly when it did (false when the removed command
     *                       was the last of a {@code ;} list without {@code set -e}, whose status was the RUN's)
     */
    public static Optional<Removal> remove(Dockerfile dockerfile, RunInstruction run, RunCommand command) {
        Optional<Place> where = place(run, command);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        ShellScript script = where.get().script();
        List<Statement> statements = script.parsed().script().statements();
        Statement statement = where.get().statement(script);
        int p = where.get().pipeline();
        List<Pipeline> pipelines = statement.pipelines();
        if (pipelines.size() > 1) {
            boolean before = p == 0 || statement.operators().get(p - 1).kind() == Connector.AND;
            boolean after = p == pipelines.size() - 1 || statement.operators().get(p).kind() == Connector.AND;
            if (!before || !after) {
                return Optional.empty();
            }
            TextEdit edit = p > 0 ? delete(after(script, pipelines.get(p - 1).end()), after(script, pipelines.get(p).end()))
                    : delete(at(script, pipelines.get(0).start()), at(script, pipelines.get(1).start()));
            return Optional.of(new Removal(List.of(edit), true, false));
        }
        int s = where.get().statement();
        if (statements.size() == 1) {
            return Optional.of(new Removal(List.of(Edits.deleteLines(dockerfile.source(), run)), true, true));
        }
        if (s < statements.size() - 1) {
            return Optional.of(new Removal(List.of(delete(at(script, statement.start()),
                    at(script, statements.get(s + 1).start()))), true, false));
        }
        boolean statusKept = exitsOnError(script) || statements.get(s - 1).terminator()
                .map(t -> t.kind() == Connector.AND).orElse(false);
        return Optional.of(new Removal(List.of(delete(after(script, statements.get(s - 1).end()),
                after(script, statement.end()))), statusKept, false));
    }

    /**
     * Edits removing a command.
     *
     * @param edits          the edits
     * @param exitStatusKept whether the RUN still fails exactly when it did: false when the removed command was the
     *                       last of a {@code ;} list without {@code set -e}, whose exit status was the RUN's
     * @param wholeRun       the RUN had no other code and is deleted
     */
    public record Removal(List<TextEdit> edits, boolean exitStatusKept, boolean wholeRun) {
        public Removal {
            edits = List.copyOf(edits);
        }
    }

    /** The source position of the script's character {@code i}. */
    private static SourceRange at(ShellScript script, int i) {
        SourceRange r = script.range(i, i + 1);
        return new SourceRange(r.startLine(), r.startColumn(), r.startLine(), r.startColumn());
    }

    /** The source position just after the script's character {@code end - 1} (before any continuation after it). */
    private static SourceRange after(ShellScript script, int end) {
        SourceRange r = script.range(end - 1, end);
        return new SourceRange(r.endLine(), r.endColumn(), r.endLine(), r.endColumn());
    }

    private static TextEdit delete(SourceRange from, SourceRange to) {
        return new TextEdit(new SourceRange(from.startLine(), from.startColumn(), to.startLine(), to.startColumn()), "");
    }

    /** Inserts {@code flag} ({@code --mount=…}) right after the instruction's keyword. */
    public static TextEdit addFlag(Instruction instruction, String flag) {
        SourceRange keyword = instruction.keyword().range();
        return new TextEdit(new SourceRange(keyword.endLine(), keyword.endColumn(), keyword.endLine(),
                keyword.endColumn()), " " + flag);
    }
}
