package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.shell.script.Command;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checksum line echoed into {@code sha256sum -c} (or another {@code *sum -c}) with one space between the hash and
 * the file name: the format is two spaces (text mode) or a space and {@code *} (binary mode); GNU coreutils accepts
 * one space, BusyBox's {@code sha256sum} (Alpine) does not ("no properly formatted checksum lines found") and the
 * build fails there. Reported as a warning on Alpine and BusyBox bases, as information elsewhere. Henkel et al. (ICSE 2020), {@code sha256sumEchoOneSpaces}.
 */
@RuleInfo(summary = "A checksum line with one space before the file name fails BusyBox's sha256sum -c",
        severity = Severity.WARNING, category = Category.CORRECTNESS, onbuild = true)
public final class ChecksumLineSingleSpace extends InstructionRule<RunInstruction> {

    /** The hash part of a line: a variable, a command substitution or hex digits. */
    private static final Pattern HASH = Pattern.compile("\\$\\{?\\w+}?|\\$\\(.*\\)|[0-9a-fA-F]{32,128}");

    public ChecksumLineSingleSpace() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(i -> i.is("sha256sum") && i.has("--check")).isEmpty()) {
                continue;
            }
            Optional<Command> from = use.command().context().pipedFrom();
            if (from.isEmpty() || !(from.get() instanceof SimpleCommand echo) || !echo.isNamed("echo")) {
                continue;
            }
            List<Word> words = lineWords(echo);
            if (words.isEmpty() || !singleSpace(words)) {
                continue;
            }
            String sum = use.invocation().get().spelled();
            boolean busybox = busyboxBase(run, context);
            var finding = context.report(use.command().range(words.get(0))
                    .union(use.command().range(words.get(words.size() - 1))), "The checksum line has one space between"
                    + " the hash and the file name: BusyBox's " + sum + " -c (Alpine) rejects it and the build fails"
                    + (busybox ? "" : " once the image moves to such a base (GNU's accepts it)") + ". Write two spaces"
                    + " (`\"$SHA256  file\"`), or ` *` for binary mode.");
            if (!busybox) {
                finding.severity(Severity.INFO);
            }
        }
    }

    /**
     * Whether the RUN's stage is built on an image with BusyBox's coreutils (Alpine, BusyBox), by the repository or
     * tag name; where that is not known the finding is informational: GNU coreutils accept the line.
     */
    private static boolean busyboxBase(RunInstruction run, DockerfileContext context) {
        var dockerfile = context.facts().dockerfile();
        for (Stage stage : dockerfile.stages()) {
            if (stage.instructions().contains(run) || stage.instructions().stream().anyMatch(i -> i instanceof
                    OnbuildInstruction o && o.trigger().filter(t -> t == run).isPresent())) {
                String base = context.facts().rootBase(stage).word().text().toLowerCase(Locale.ROOT);
                return base.contains("alpine") || base.contains("busybox");
            }
        }
        return false;
    }

    /** The words echo prints, after its options. */
    private static List<Word> lineWords(SimpleCommand echo) {
        List<Word> words = new ArrayList<>(echo.args());
        while (!words.isEmpty() && words.get(0).unquoted().matches("-[neE]+")) {
            words.remove(0);
        }
        return words;
    }

    private static boolean singleSpace(List<Word> words) {
        String line = String.join(" ", words.stream().map(Word::unquoted).toList());
        int space = line.indexOf(' ');
        if (space <= 0 || space + 1 >= line.length() || !HASH.matcher(line.substring(0, space)).matches()) {
            return false;
        }
        char next = line.charAt(space + 1);
        return next != ' ' && next != '*' && next != '\t';
    }
}
