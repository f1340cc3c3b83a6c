package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.Objects;

/**
 * A place inside a container image: a path in a layer ({@code layer 3 (RUN apt-get …) /var/lib/apt/lists}), a
 * whole layer, or a setting of the image configuration ({@code image config: User root}).
 *
 * @param layer   the 0-based layer index, or -1 for the image configuration
 * @param command the layer's history command as shown to users (abbreviated), or empty
 * @param path    the absolute path inside the layer, or empty for a whole layer; for the configuration, what the
 *                finding is about ({@code no User})
 */
public record ImageLocation(int layer, String command, String path) implements Location {

    private static final SourceRange ARCHIVE_START = new SourceRange(1, 1, 1, 1);

    public ImageLocation {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(path, "path");
    }

    /** A path in a layer. */
    public static ImageLocation inLayer(int layer, String command, String path) {
        return new ImageLocation(layer, command, path);
    }

    /** A setting of the image configuration. */
    public static ImageLocation inConfig(String what) {
        return new ImageLocation(-1, "", what);
    }

    public boolean isConfig() {
        return layer < 0;
    }

    @Override
    public SourceRange range() {
        return ARCHIVE_START;
    }

    /** The location as users read it: {@code layer 3 (RUN …) /var/lib/apt/lists} or {@code image config: User root}. */
    public String display() {
        if (isConfig()) {
            return "image config: " + path;
        }
        String layerText = command.isEmpty() ? "layer " + layer : "layer " + layer + " (" + command + ")";
        return path.isEmpty() ? layerText : layerText + " " + path;
    }

    /**
     * What identifies the place across builds: the display without the layer index, which shifts whenever the base
     * image gains or loses a layer ({@code (RUN apt-get …) /var/lib/apt/lists}).
     */
    public String stableKey() {
        if (isConfig()) {
            return display();
        }
        return command.isEmpty() ? path : path.isEmpty() ? "(" + command + ")" : "(" + command + ") " + path;
    }
}
