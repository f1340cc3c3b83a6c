package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.RuntimeCompilation;
import dev.dlint.rules.knowledge.SmallerBases;
import dev.dlint.rules.knowledge.StartCommand;
import dev.dlint.rules.knowledge.Toolchains;
import java.util.List;
import java.util.Optional;

/**
 * The image a build produces (the target stage, by default the last) is built on the full variant of an official
 * image that has a much smaller one: {@code python}, {@code node} and {@code ruby} against their {@code -slim}
 * forms, {@code debian} against {@code -slim}, and {@code golang} when the stage only runs what was built. Stages
 * that compile (MissingMultiStageBuild's case) and images that compile when they run are left alone; JDK images are
 * JdkAsRuntime's.
 */
@RuleInfo(summary = "The image is built on the full variant of an official image that has a much smaller slim one",
        severity = Severity.INFO, category = Category.SIZE)
public final class PreferSlimBase implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        Optional<Stage> target = facts.stages().target();
        if (target.isEmpty()) {
            return;
        }
        List<Stage> chain = dockerfile.lineage(target.get());
        Stage root = chain.get(0);
        if (!(root.base() instanceof BaseImage.External) || facts.isRefused(root.from())) {
            return;
        }
        ImageReference image = ((BaseImage.External) root.base()).reference();
        if (image.tag().isEmpty() && !image.hasDigest()) {
            // No tag means latest, which UnpinnedBaseImage already reports: the variant is chosen with the tag.
            return;
        }
        if (compiles(chain, facts) || RuntimeCompilation.reason(chain).isPresent()) {
            return;
        }
        boolean golang = SmallerBases.officialName(image).filter(n -> n.equals("golang")).isPresent();
        Optional<SmallerBases.Suggestion> suggestion = golang
                ? runsGo(chain, facts) || !runsCopiedProgram(chain) ? Optional.empty()
                        : SmallerBases.goRuntime(image, root.base().word())
                : SmallerBases.slim(image, root.base().word());
        if (suggestion.isEmpty()) {
            return;
        }
        SmallerBases.Suggestion s = suggestion.get();
        String stage = target.get() == dockerfile.finalStage().orElse(null) ? "The final stage" : "The target "
                + target.get().displayName();
        String inherited = chain.size() > 1 ? " (through " + root.displayName() + ", which it is built FROM)" : "";
        String what = golang
                ? " ships the whole Go toolchain, which the stage does not use: it only runs what was built. "
                        + s.describeSuggested() + " runs a binary built for glibc on the same Debian release"
                : ", the full image with compilers, development headers and hundreds of tools. "
                        + s.describeSuggested() + " has the same " + runtimeName(image) + " without them";
        RuleContext.FindingBuilder finding = context.report(root.base().word().range(), stage + inherited
                + " is built on " + s.describeCurrent() + what + ". Switch unless the image needs what only the full"
                + " image has (a compiler for a package without a prebuilt wheel or binary: build it in an earlier"
                + " stage and copy the result)." + (s.replaced().isEmpty() ? " No automatic fix: " + s.noFix() + "."
                : ""));
        if (s.replaced().isPresent()) {
            finding.unsafeFix("Switch to " + s.suggested(), List.of(new TextEdit(s.replaced().get(),
                    s.replacement())));
        }
    }

    private static String runtimeName(ImageReference image) {
        String name = SmallerBases.officialName(image).orElse("");
        switch (name) {
            case "python":
                return "Python";
            case "node":
                return "Node.js";
            case "ruby":
                return "Ruby";
            default:
                return "Debian release";
        }
    }

    /** Whether a RUN of the chain compiles or bundles (MissingMultiStageBuild judges those images). */
    private static boolean compiles(List<Stage> chain, DockerfileFacts facts) {
        for (Stage stage : chain) {
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                for (CommandUse use : facts.commands(run)) {
                    if (Toolchains.build(use.command()).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the chain shows that it only runs a program built elsewhere: it copies from another stage and has a
     * start command that is not a shell. Without that evidence a golang image is most often a development or CI image that needs the
     * toolchain (dev containers, linters, code generators), which the corpus showed.
     */
    private static boolean runsCopiedProgram(List<Stage> chain) {
        boolean copiesFromStage = chain.stream().flatMap(s -> s.instructions(CopyInstruction.class).stream())
                .anyMatch(c -> c.flag("from").isPresent());
        List<String> words = StartCommand.of(chain).words();
        return copiesFromStage && !words.isEmpty() && !words.get(0).matches("(/usr)?(/bin/)?(ba|da|z|a)?sh");
    }

    /** Whether the chain runs the Go tool at build time or when the container starts. */
    private static boolean runsGo(List<Stage> chain, DockerfileFacts facts) {
        for (Stage stage : chain) {
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                if (facts.commands(run).isEmpty() && run.command().isPresent()) {
                    return true; // a shell dlint does not read
                }
                for (CommandUse use : facts.commands(run)) {
                    if (use.command().name().filter(n -> n.equals("go") || n.endsWith("/go")).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return StartCommand.of(chain).words().stream().anyMatch(w -> w.equals("go") || w.endsWith("/go"));
    }
}
