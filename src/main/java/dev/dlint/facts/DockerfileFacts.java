package dev.dlint.facts;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.syntax.Expansions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules need to know about one Dockerfile beyond its model, computed once per file and shared by every rule:
 * the layers of each stage with what they write and delete, the images the file pulls, the references between
 * stages, and the values of words. Each fact is computed on first use. One instance serves one file on one thread.
 */
public final class DockerfileFacts {

    private final Dockerfile dockerfile;
    private final Map<Integer, List<LayerHistory.Step>> layers = new HashMap<>();
    private List<ImageUses.ImageUse> imageUses;
    private List<StageReferences.StageReference> stageReferences;
    private List<Stage> outputStages;

    private DockerfileFacts(Dockerfile dockerfile) {
        this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
    }

    public static DockerfileFacts of(Dockerfile dockerfile) {
        return new DockerfileFacts(dockerfile);
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /** The layers of a stage, oldest first, with those it inherits from the stages it is built FROM. */
    public List<LayerHistory.Step> layers(Stage stage) {
        return layers.computeIfAbsent(stage.index(), i -> LayerHistory.of(dockerfile, stage));
    }

    /** Every external image the file pulls, in file order. */
    public List<ImageUses.ImageUse> imageUses() {
        if (imageUses == null) {
            imageUses = ImageUses.of(dockerfile);
        }
        return imageUses;
    }

    /** Every {@code COPY --from} and {@code RUN --mount from=} in the stages, in file order, with the stage it names. */
    public List<StageReferences.StageReference> stageReferences() {
        if (stageReferences == null) {
            stageReferences = StageReferences.of(dockerfile);
        }
        return stageReferences;
    }

    /**
     * The stages whose image is meant to be used (run, pushed, built as a target): the last stage and every stage
     * that no other stage builds FROM or copies from. Builder stages are not among them.
     */
    public List<Stage> outputStages() {
        if (outputStages == null) {
            outputStages = StageReferences.outputStages(dockerfile, stageReferences());
        }
        return outputStages;
    }

    /**
     * The value BuildKit gives a word of an instruction (quotes removed, variables expanded with the ARG and ENV
     * values the instruction sees, {@code --build-arg} values included); empty when it depends on a variable without
     * a value or cannot be expanded. Words of ONBUILD triggers only resolve when they reference no variable.
     */
    public Optional<String> value(Instruction instruction, Word word) {
        Expansions.Expanded expanded = Expansions.expand(word.text(), dockerfile.scope(instruction), dockerfile.escape());
        return expanded.isResolved() ? Optional.of(expanded.value()) : Optional.empty();
    }
}
