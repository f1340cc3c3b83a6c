package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.fixes.StageSplit;
import dev.dlint.rules.knowledge.RuntimeBases;
import dev.dlint.rules.knowledge.RuntimeCompilation;
import dev.dlint.rules.knowledge.Toolchains;
import java.util.List;
import java.util.Optional;

/**
 * The final stage ships the build toolchain it compiled with: its base is an SDK image (or it installs compilers)
 * and it runs a build. The image carries compilers, caches and sources that the application never uses at run time.
 * Includes a final stage built FROM the stage that compiled.
 */
@RuleInfo(summary = "The final image ships the compiler toolchain it built with; build in a separate stage",
        severity = Severity.WARNING, category = Category.SIZE)
public final class MissingMultiStageBuild implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Optional<Stage> last = context.facts().stages().target();
        if (last.isEmpty()) {
            return;
        }
        List<Stage> chain = dockerfile.lineage(last.get());
        Optional<Toolchains.Build> build = Optional.empty();
        Optional<Toolchains.Ecosystem> sdk = Optional.empty();
        Optional<ImageReference> root = Optional.empty();
        String sdkSource = null;
        boolean installedToolchain = false;
        RunCommand toolchainInstall = null;
        for (Stage stage : chain) {
            if (stage.base() instanceof BaseImage.External) {
                root = Optional.of(((BaseImage.External) stage.base()).reference());
                Optional<Toolchains.Ecosystem> image = Toolchains.sdkImage(((BaseImage.External) stage.base()).reference());
                if (image.isPresent()) {
                    sdk = image;
                    sdkSource = ((BaseImage.External) stage.base()).reference().text();
                }
            }
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof RunInstruction)) {
                    continue;
                }
                boolean installsHere = false;
                boolean removesHere = false;
                for (CommandUse use : context.facts().commands((RunInstruction) instruction)) {
                    RunCommand command = use.command();
                    Optional<List<String>> install = use.systemInstall();
                    if (install.isPresent() && install.get().stream().anyMatch(Toolchains::isCompilerPackage)) {
                        installsHere = true;
                        toolchainInstall = command;
                    }
                    if (use.isSystemRemoval()) {
                        removesHere = true;
                    }
                    if (build.isEmpty()) {
                        build = Toolchains.build(command);
                    }
                }
                if (installsHere) {
                    installedToolchain = !removesHere;
                } else if (removesHere) {
                    installedToolchain = false;
                }
            }
        }
        if (build.isEmpty()) {
            return;
        }
        Toolchains.Ecosystem ecosystem = build.get().ecosystem();
        boolean sdkBuilds = sdk.isPresent() && sdk.get() == ecosystem;
        if (!sdkBuilds && !installedToolchain) {
            return; // e.g. a native module built on a JDK image whose compilers are removed again
        }
        if (RuntimeCompilation.reason(chain).isPresent()) {
            return; // the image needs its compilers when it runs
        }
        Stage finalStage = last.get();
        String base = finalStage.base().word().text();
        String what = sdkBuilds
                ? "is built on " + sdkSource + ", which carries " + sdk.get().shipped() + ","
                : "installs a compiler toolchain (`" + describe(toolchainInstall) + "`) and keeps it,";
        String inherited = chain.size() > 1 ? " (it is built FROM stage " + chain.get(chain.size() - 2).displayName()
                .replace("stage ", "") + ", which compiles)" : "";
        StageSplit.Plan split = StageSplit.plan(dockerfile, build.get(), root);
        context.report(finalStage.base().word().range(), "The " + stageWord(context, finalStage) + inherited + " " + what
                + " and compiles in it (`" + describe(build.get().command()) + "` at line "
                + build.get().command().range().startLine() + "), so the image ships the toolchain, caches and"
                + " sources. Build in a separate stage and COPY --from it only the output into "
                + runtime(RuntimeBases.suggest(ecosystem, root), base) + "."
                + (split.fix().isPresent() ? "" : " dlint fix cannot split it: " + split.refusal() + "."))
                .related(build.get().command().range(), "the build that only the build stage needs")
                .fixIfPresent(split.fix());
    }

    /** The suggested runtime base; when it is the image already used, a fresh stage on it without the toolchain. */
    private static String runtime(String suggested, String base) {
        if (base.isEmpty()) {
            return suggested;
        }
        return suggested.equals(base) ? "a fresh " + base + " stage that does not install the toolchain"
                : suggested + " instead of " + base;
    }

    private static String stageWord(DockerfileContext context, Stage stage) {
        return stage == context.facts().dockerfile().finalStage().orElse(null) ? "final stage" : "target "
                + stage.displayName();
    }

    private static String describe(RunCommand command) {
        return command == null ? "" : command.summary(40);
    }
}
