package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.BusyBoxWget;
import dev.dlint.rules.knowledge.RunsOf;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GNU {@code wget} without {@code --progress} and without an option that quiets or redirects its log ({@code -q},
 * {@code -nv}, {@code -o}, {@code -a}): without a terminal it prints a dot per kilobyte, which floods the build log.
 * Informational runs ({@code wget --version}, {@code --help}) are left alone, and so is BusyBox's wget (Alpine and
 * BusyBox bases without GNU wget installed, {@link BusyBoxWget}), which prints a few lines whatever the size, and
 * downloads that are small by nature: signatures, keys and checksum lists ({@code gosu.asc}, {@code KEYS},
 * {@code SHA256SUMS}), whose progress is one short line.
 */
@RuleInfo(summary = "wget prints its progress bar into the build log", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, aliases = {"DL3047"}, onbuild = true)
public final class WgetVerboseProgress implements DockerfileRule {

    /** Signatures, keys and checksum lists: a few kilobytes at most. */
    private static final Pattern SMALL = Pattern.compile("(\\.(asc|sig|sign|gpg|pgp|key|pub|sha1|sha256|sha512|md5)"
            + "|(^|/)KEYS|SHA\\d*SUMS(\\.txt)?|-sha\\.txt|\\.sha\\d*sum)[\"']?$", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                RunsOf.run(instruction, context.rule().onbuild()).ifPresent(run -> check(run, stage, context));
            }
        }
    }

    private static void check(RunInstruction run, Stage stage, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(WgetVerboseProgress::noisy).isPresent()
                    && !BusyBoxWget.at(use, run, stage, context.facts())) {
                Invocation wget = use.invocation().get();
                context.report(use.command().range(wget.nameWord()), "`" + wget.spelled() + "` without --progress"
                        + " prints its progress into the build log (a dot per kilobyte, a line per 50 KB, when there is"
                        + " no terminal): add --progress=dot:giga, or -nv, or -q.");
            }
        }
    }

    private static boolean noisy(Invocation invocation) {
        return invocation.is("wget") && !invocation.has("--progress", "--quiet", "--no-verbose", "--output-file",
                "--append-output", "--version", "--help", "--spider") && !onlySmallFiles(invocation);
    }

    /** Whether every URL, and the file it is saved to, names a signature, key or checksum list. */
    private static boolean onlySmallFiles(Invocation invocation) {
        List<String> names = new ArrayList<>(invocation.values("--output-document"));
        invocation.operandsAfterSubcommand().forEach(o -> names.add(o.text()));
        names.removeIf(name -> name.equals("-"));
        return !names.isEmpty() && names.stream().allMatch(name -> SMALL.matcher(name).find());
    }
}
