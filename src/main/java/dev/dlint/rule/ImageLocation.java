package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * A place inside a container image: a path in a layer ({@code layer 3 (RUN apt-get …) /var/lib/apt/lists}), a
 * whole layer, a setting of the image configuration ({@code image config: User root}), or the image as a whole
 * ({@code image: lowestEfficiency gate}).
 *
 * @param layer   the 0-based layer index, {@link #CONFIG} for the image configuration, {@link #WHOLE_IMAGE} for the
 *                image as a whole
 * @param command the layer's history command as shown to users (abbreviated), or empty
 * @param path    the absolute path inside the layer, or empty for a whole layer; for the configuration and the whole
 *                image, what the finding is about ({@code no User}, {@code lowestEfficiency gate})
 * @param others  other layers involved (the one that deletes the bytes, another copy), each with what it did; with
 *                {@code dlint image --dockerfile} they become related locations at their instructions
 */
public record ImageLocation(int layer, String command, String path, List<OtherLayer> others) implements Location {

    /**
     * Another layer a finding involves.
     *
     * @param layer the 0-based layer index
     * @param role  what it did, as a phrase that follows the instruction, {@code %s} standing for the finding's path
     *              ({@code deletes %s}; a literal percent sign is {@code %%})
     */
    public record OtherLayer(int layer, String role) {
        public OtherLayer {
            Objects.requireNonNull(role, "role");
        }
    }

    /** The {@code layer} of a setting of the image configuration. */
    public static final int CONFIG = -1;
    /** The {@code layer} of a finding about the image as a whole (a CI gate, an incomplete archive). */
    public static final int WHOLE_IMAGE = -2;

    private static final SourceRange ARCHIVE_START = new SourceRange(1, 1, 1, 1);

    public ImageLocation {
        others = List.copyOf(others);
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(path, "path");
        if (layer < WHOLE_IMAGE) {
            throw new IllegalArgumentException("layer index " + layer);
        }
    }

    public ImageLocation(int layer, String command, String path) {
        this(layer, command, path, List.of());
    }

    /** The same place, with another layer that the finding involves. */
    public ImageLocation withOther(int otherLayer, String role) {
        List<OtherLayer> more = new java.util.ArrayList<>(others);
        more.add(new OtherLayer(otherLayer, role));
        return new ImageLocation(layer, command, path, more);
    }

    /** A path in a layer. */
    public static ImageLocation inLayer(int layer, String command, String path) {
        return new ImageLocation(layer, command, path);
    }

    /** A setting of the image configuration. */
    public static ImageLocation inConfig(String what) {
        return new ImageLocation(CONFIG, "", what);
    }

    /** The image as a whole; {@code what} says which aspect ({@code lowestEfficiency gate}). */
    public static ImageLocation wholeImage(String what) {
        return new ImageLocation(WHOLE_IMAGE, "", what);
    }

    public boolean isConfig() {
        return layer == CONFIG;
    }

    public boolean isWholeImage() {
        return layer == WHOLE_IMAGE;
    }

    @Override
    public SourceRange range() {
        return ARCHIVE_START;
    }

    /**
     * The location as users read it: {@code layer 3 (RUN …) /var/lib/apt/lists}, {@code image config: User root} or
     * {@code image: lowestEfficiency gate}.
     */
    public String display() {
        if (isConfig()) {
            return "image config: " + path;
        }
        if (isWholeImage()) {
            return "image: " + path;
        }
        String layerText = command.isEmpty() ? "layer " + layer : "layer " + layer + " (" + command + ")";
        return path.isEmpty() ? layerText : layerText + " " + path;
    }

    /**
     * What identifies the place across builds: the display without the layer index, which shifts whenever the base
     * image gains or loses a layer ({@code (RUN apt-get …) /var/lib/apt/lists}).
     */
    public String stableKey() {
        if (layer < 0) {
            return display();
        }
        return command.isEmpty() ? path : path.isEmpty() ? "(" + command + ")" : "(" + command + ") " + path;
    }
}
