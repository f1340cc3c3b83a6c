package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.ImageUses;
import dev.dlint.facts.StageReferences;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * {@code COPY --from=x / /}: another stage's or image's whole filesystem copied over this stage's. Not flagged as
 * the first write of a {@code FROM scratch} stage, where it is the way to flatten an image into one layer, nor when
 * the source holds only files (a stage built on scratch, tonistiigi/xx).
 */
@RuleInfo(summary = "COPY --from copies a whole filesystem onto /", severity = Severity.WARNING,
        category = Category.SIZE, aliases = {"DL3067"})
public final class CopyWholeFilesystem extends InstructionRule<CopyInstruction> {

    /** Images built FROM scratch that hold only helper files, made to be copied whole into a build stage. */
    private static final Set<String> FILE_BUNDLES = Set.of("tonistiigi/xx");

    public CopyWholeFilesystem() {
        super(CopyInstruction.class);
    }

    @Override
    protected void check(CopyInstruction copy, DockerfileContext context) {
        Optional<Flag> from = copy.flag("from");
        Optional<Word> destination = copy.transfer().destination();
        if (from.isEmpty() || destination.isEmpty() || !isRoot(copy, destination.get(), context) || flattens(copy, context)
                || holdsOnlyFiles(copy, context)) {
            return;
        }
        for (Word source : copy.transfer().sourcePaths()) {
            if (isRoot(copy, source, context)) {
                context.report(source.range(), "COPY --from=" + from.get().valueOrEmpty() + " / / copies the whole"
                        + " filesystem of " + from.get().valueOrEmpty() + " (its /etc, /usr, package database, …) on"
                        + " top of this stage: the files of this stage's base are replaced or stored a second time, and"
                        + " nothing shows which files the image needs. Copy only the directories you need (COPY --from="
                        + from.get().valueOrEmpty() + " /app /app).");
            }
        }
    }

    private static boolean isRoot(Instruction instruction, Word word, DockerfileContext context) {
        return context.facts().value(instruction, word).map(v -> !v.isEmpty() && ImagePaths.normalize(v).equals("/"))
                .orElse(false);
    }

    /**
     * Whether the source is a bundle of files rather than a system: a stage of this file built (through its FROM
     * chain) on scratch, or an image known to be built so, such as tonistiigi/xx's cross-compilation helpers.
     */
    private static boolean holdsOnlyFiles(CopyInstruction copy, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        Optional<Stage> source = context.facts().stageReferences().stream().filter(r -> r.instruction() == copy)
                .findFirst().flatMap(StageReferences.StageReference::target);
        BaseImage base = source.map(s -> dockerfile.lineage(s).get(0).base()).orElse(null);
        Optional<ImageReference> image = base instanceof BaseImage.External
                ? Optional.of(((BaseImage.External) base).reference())
                : context.facts().imageUses().stream().filter(u -> u.instruction() == copy)
                        .map(ImageUses.ImageUse::reference).findFirst();
        return base instanceof BaseImage.Scratch || image.map(i -> FILE_BUNDLES.contains(i.displayName())).orElse(false);
    }

    /** The first write of a stage built FROM scratch: there is nothing to copy over. */
    private static boolean flattens(CopyInstruction copy, DockerfileContext context) {
        Optional<Stage> stage = context.facts().dockerfile().stageOf(copy);
        if (stage.isEmpty() || !(stage.get().base() instanceof BaseImage.Scratch)) {
            return false;
        }
        for (Instruction before : stage.get().instructions()) {
            if (before == copy) {
                return true;
            }
            if (before instanceof CopyInstruction || before instanceof AddInstruction || before instanceof RunInstruction) {
                return false;
            }
        }
        return false;
    }
}
