package dev.dlint.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruction behind every layer of an image, lowest layer first.
 *
 * @param file   the Dockerfile as the user named it
 * @param stage  the target stage as the user would name it ({@code app}, or {@code 2} for an unnamed stage)
 * @param layers one entry per layer: its source, or empty when no instruction could be tied to it
 * @param notes  what the matching had to guess or could not do, one line each (shown with the warnings)
 */
public record Attribution(String file, String stage, List<Optional<LayerSource>> layers, List<String> notes) {

    public Attribution {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stage, "stage");
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /** The source of layer {@code index}; empty when it is unattributed or out of range. */
    public Optional<LayerSource> source(int index) {
        return index >= 0 && index < layers.size() ? layers.get(index) : Optional.empty();
    }

    /** How many layers have a source. */
    public long attributed() {
        return layers.stream().filter(Optional::isPresent).count();
    }
}
