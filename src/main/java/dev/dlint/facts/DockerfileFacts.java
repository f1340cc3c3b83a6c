package dev.dlint.facts;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What rules need to know about one Dockerfile beyond its model, computed once per file and shared by every rule:
 * the layers of each stage with what they write and delete, and the images the file pulls. Each fact is computed on
 * first use. One instance serves one file on one thread.
 */
public final class DockerfileFacts {

    private final Dockerfile dockerfile;
    private final Map<Integer, List<LayerHistory.Step>> layers = new HashMap<>();
    private List<ImageUses.ImageUse> imageUses;

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
}
