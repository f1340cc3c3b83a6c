package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.fixes.ManifestCopy;
import dev.dlint.rules.knowledge.ContextCopies;
import dev.dlint.rules.knowledge.DependencyInstall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A COPY/ADD of the whole build context before a dependency install in the same stage: any source edit changes the
 * copied layer, so the install after it runs again although its manifests did not change.
 */
@RuleInfo(summary = "The whole build context is copied before a dependency install, so any edit re-runs the install",
        severity = Severity.WARNING, category = Category.CACHE)
public final class CacheBustingCopy implements DockerfileRule, Fixable {

    private static final Set<String> SYSTEM_MANAGERS = Set.of("apt-get", "apt", "aptitude", "apk", "yum", "dnf",
            "microdnf", "tdnf", "zypper");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            List<Instruction> body = stage.instructions();
            for (int i = 0; i < body.size(); i++) {
                Optional<FileTransfer> copy = ContextCopies.fromContext(body.get(i));
                Optional<Word> broad = copy.flatMap(ContextCopies::broadSource);
                if (broad.isPresent()) {
                    Optional<RuleContext.FindingBuilder> finding = check(body.get(i), broad.get(),
                            installsAfter(body.subList(i + 1, body.size()), context), context);
                    int install = firstManifestInstall(body, i + 1, context);
                    if (finding.isPresent() && install > 0) {
                        ManifestCopy.plan(context.facts(), body, i, install, broad.get()).fix()
                                .ifPresent(finding.get()::fix);
                    }
                }
            }
        }
    }

    private static List<DependencyInstall> installsAfter(List<Instruction> instructions, DockerfileContext context) {
        List<DependencyInstall> installs = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof RunInstruction) {
                for (CommandUse use : context.facts().commands((RunInstruction) instruction)) {
                    DependencyInstall.of(use).ifPresent(installs::add);
                }
            }
        }
        return installs;
    }

    /** The index of the first RUN from {@code from} on that installs from manifest files, or -1. */
    private static int firstManifestInstall(List<Instruction> body, int from, DockerfileContext context) {
        for (int i = from; i < body.size(); i++) {
            if (body.get(i) instanceof RunInstruction) {
                for (CommandUse use : context.facts().commands((RunInstruction) body.get(i))) {
                    if (DependencyInstall.of(use).filter(d -> !d.manifests().isEmpty()).isPresent()) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private Optional<RuleContext.FindingBuilder> check(Instruction copy, Word source, List<DependencyInstall> installs,
                                                       DockerfileContext context) {
        if (installs.isEmpty()) {
            return Optional.empty();
        }
        DependencyInstall first = installs.get(0);
        Set<String> manifests = new LinkedHashSet<>();
        for (DependencyInstall install : installs) {
            manifests.addAll(install.manifests());
        }
        String installText = describe(first.command());
        boolean shared = first.command().script().parsed().commands().stream()
                .map(c -> c.command().name().orElse(""))
                .anyMatch(name -> !SYSTEM_MANAGERS.contains(name) && !name.equals("rm") && !name.equals("set"));
        String advice = manifests.isEmpty()
                ? "It needs no file from the build context: " + (shared ? "run it in its own RUN before the "
                        + copy.name() + "." : "move the " + copy.name() + " after it.")
                : "Copy only " + ContextCopies.listed(List.copyOf(manifests)) + " first, run the install, and copy the"
                        + " rest after it.";
        RuleContext.FindingBuilder finding = context.report(source.range(), copy.name() + " " + source.text()
                + " copies the whole build context before `" + installText + "` (line "
                + first.command().range().startLine() + "), so any source edit re-runs the install. " + advice);
        for (DependencyInstall install : installs.subList(0, Math.min(3, installs.size()))) {
            finding.related(install.command().range(), "`" + describe(install.command())
                    + "` runs again whenever any copied file changes");
        }
        return Optional.of(finding);
    }

    private static String describe(RunCommand command) {
        return command.summary(40);
    }
}
