package dev.dlint.rules.dockerfile;

import dev.dlint.facts.SystemPackages;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.shell.script.Word;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Set;

/**
 * A continuation line that starts with a command name but is only an argument of the command before it: the
 * previous line ends in {@code \} without {@code &&} or {@code ;}, so {@code rm -f a.rsp \ rm -rf /tmp/x} runs one
 * {@code rm} with {@code rm} as a file name, and the second command never runs.
 */
@RuleInfo(summary = "A continuation line starts with a command that runs as an argument: `&&` or `;` is missing",
        severity = Severity.WARNING, category = Category.CORRECTNESS, onbuild = true)
public final class MissingCommandSeparator extends InstructionRule<RunInstruction> implements Fixable {

    /** Command names that are almost never meant as arguments (package names such as curl or git are left out). */
    private static final Set<String> COMMANDS = Set.of("rm", "cd", "mkdir", "chmod", "chown", "cp", "mv", "ln",
            "export", "apt-get", "yum", "dnf", "microdnf", "apk", "pip", "pip3", "npm", "useradd", "groupadd",
            "adduser", "addgroup", "echo", "ldconfig", "update-ca-certificates");
    /** Reserved words that only mean something at the start of a command: {@code tar xf a \ else} passes "else". */
    private static final Set<String> RESERVED = Set.of("then", "else", "elif", "fi", "do", "done", "esac");
    /** Commands whose arguments are commands to run. */
    private static final Set<String> RUNNERS = Set.of("find", "xargs", "sudo", "env", "nice", "nohup", "timeout",
            "exec", "command", "su", "gosu", "su-exec", "chroot", "watch", "which", "type", "hash", "time", "strace",
            "eatmydata", "fakeroot", "runuser", "setpriv", "stdbuf", "busybox", "alias", "unalias", "man");

    public MissingCommandSeparator() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        SourceText source = context.facts().dockerfile().source();
        for (RunCommand command : run.commands()) {
            String name = command.name().orElse("");
            if (RUNNERS.contains(name) || SystemPackages.install(command).isPresent()) {
                continue;
            }
            List<Word> args = command.command().args();
            for (int i = 0; i < args.size(); i++) {
                String word = args.get(i).literal().orElse("");
                SourceRange range = command.range(args.get(i));
                boolean commandLike = COMMANDS.contains(word) || RESERVED.contains(word);
                if (commandLike && startsLine(source, range) && range.startLine() > 1) {
                    report(command, word, range, source, context);
                    break;
                }
            }
        }
    }

    private static void report(RunCommand command, String word, SourceRange range, SourceText source,
                               DockerfileContext context) {
        int previous = range.startLine() - 1;
        String line = source.line(previous);
        int backslash = line.stripTrailing().length() - 1;
        boolean reserved = RESERVED.contains(word);
        String separator = reserved ? ";" : "&&";
        String what = reserved ? "`" + word + "` is not read as a keyword" : "`" + word + "` never runs";
        var finding = context.report(range, "`" + word + "` at line " + range.startLine() + " is an argument of `"
                + command.summary(40) + "`, not a " + (reserved ? "keyword" : "command") + ": line " + previous
                + " ends in a line continuation without `&&` or `;`, so the two lines are one command and " + what
                + ". End line " + previous + " with `" + separator + " \\`.");
        if (backslash >= 0 && line.charAt(backslash) == context.facts().dockerfile().escape()) {
            SourceRange at = new SourceRange(previous, backslash + 1, previous, backslash + 1);
            String before = (backslash > 0 && line.charAt(backslash - 1) == ' ' ? "" : " ") + separator + " ";
            finding.unsafeFix("Add " + separator + " before the line continuation", List.of(TextEdit.insert(at, before)));
        }
    }

    /** Whether only whitespace precedes the range on its line. */
    private static boolean startsLine(SourceText source, SourceRange range) {
        return source.line(range.startLine()).substring(0, range.startColumn() - 1).isBlank();
    }
}
