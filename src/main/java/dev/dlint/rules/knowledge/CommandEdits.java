package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.CommandLine;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.rule.TextEdit;
import dev.dlint.shell.script.Statement;
import dev.dlint.shell.script.Word;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Edits to the commands of a RUN at places the command layer gives exactly: a flag right after a command's subcommand
 * word (or its name), a command appended after the script's last statement, a {@code --mount} flag after the keyword.
 * Each is refused (empty) where the source does not hold the text verbatim (a word inside an escaped {@code sh -c}
 * string, an exec-form RUN) or the script's end is not a plain end.
 */
public final class CommandEdits {

    private CommandEdits() {
    }

    /** Inserts {@code " " + text} right after the command's last subcommand word: {@code apt-get install -y}. */
    public static Optional<TextEdit> afterSubcommand(CommandUse use, String text, SourceText source) {
        return subcommandWord(use).flatMap(word -> after(use, word, " " + text, source));
    }

    /** Inserts {@code " " + text} right after the tool's name: {@code zypper -n install}. */
    public static Optional<TextEdit> afterName(CommandUse use, String text, SourceText source) {
        return use.invocation().flatMap(i -> after(use, i.nameWord(), " " + text, source));
    }

    /** The range to report for a command: from its name to its last subcommand word ({@code apt-get install}). */
    public static SourceRange commandRange(CommandUse use) {
        Optional<SourceRange> name = use.invocation().map(i -> use.command().range(i.nameWord()));
        Optional<SourceRange> sub = subcommandWord(use).map(w -> use.command().range(w));
        return name.map(n -> sub.map(n::union).orElse(n)).orElse(use.range());
    }

    /** Replaces one word of the command, when the source holds it verbatim. */
    public static Optional<TextEdit> replace(CommandUse use, Word word, String replacement, SourceText source) {
        SourceRange range = use.command().range(word);
        return verbatim(range, word.raw(), source) ? Optional.of(new TextEdit(range, replacement)) : Optional.empty();
    }

    /** Replaces {@code raw}, found at {@code range} of a script, when the source holds it verbatim there. */
    public static Optional<TextEdit> replace(SourceRange range, String raw, String replacement, SourceText source) {
        return verbatim(range, raw, source) ? Optional.of(new TextEdit(range, replacement)) : Optional.empty();
    }

    /**
     * Appends {@code text} (such as {@code " && rm -rf /var/lib/apt/lists/*"}) right after the last statement of a
     * shell-form RUN; empty for exec form, heredocs, a script with syntax errors or one ending in a background job.
     */
    public static Optional<TextEdit> append(RunInstruction run, String text) {
        boolean shellForm = run.command().filter(c -> c instanceof CommandLine.Shell).isPresent();
        if (!shellForm || !run.heredocs().isEmpty() || run.shell().scripts().size() != 1) {
            return Optional.empty();
        }
        ShellScript script = run.shell().scripts().get(0);
        List<Statement> statements = script.parsed().script().statements();
        if (script.parsed().hasErrors() || statements.isEmpty()) {
            return Optional.empty();
        }
        Statement last = statements.get(statements.size() - 1);
        if (last.isBackground() || last.end() <= last.start()) {
            return Optional.empty();
        }
        return Optional.of(new TextEdit(end(script.range(last.end() - 1, last.end())), text));
    }

    /** Inserts {@code " --mount=" + spec} right after the RUN keyword. */
    public static TextEdit mount(RunInstruction run, String spec) {
        return new TextEdit(end(run.keyword().range()), " --mount=" + spec);
    }

    private static Optional<Word> subcommandWord(CommandUse use) {
        Optional<Word> last = Optional.empty();
        for (Operand operand : use.invocation().map(Invocation::operands).orElse(List.of())) {
            if (operand.subcommand()) {
                last = Optional.of(operand.word());
            }
        }
        return last;
    }

    private static Optional<TextEdit> after(CommandUse use, Word word, String text, SourceText source) {
        SourceRange range = use.command().range(word);
        return verbatim(range, word.raw(), source) ? Optional.of(new TextEdit(end(range), text)) : Optional.empty();
    }

    /** Whether the source characters in {@code range} are exactly {@code raw} (not a whole enclosing string). */
    private static boolean verbatim(SourceRange range, String raw, SourceText source) {
        int start = source.offset(range.startLine(), range.startColumn());
        int end = source.offset(range.endLine(), range.endColumn());
        return end - start == raw.length() && source.text().substring(start, end).equals(raw);
    }

    private static SourceRange end(SourceRange range) {
        return new SourceRange(range.endLine(), range.endColumn(), range.endLine(), range.endColumn());
    }
}
