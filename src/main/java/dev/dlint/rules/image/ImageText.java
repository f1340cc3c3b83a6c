package dev.dlint.rules.image;

import dev.dlint.image.CreatedBy;
import dev.dlint.image.analysis.ByteSizes;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;

/** How image rules name layers, paths and sizes in messages and logical locations. */
final class ImageText {

    /** Longest history command quoted in a message. */
    private static final int COMMAND_WIDTH = 60;

    private ImageText() {
    }

    /** {@code layer 3 (RUN apt-get install …)}, or {@code layer 3} when the image has no history for it. */
    static String layer(ImageAnalysis image, int index) {
        String command = command(image, index);
        return command.isEmpty() ? "layer " + index : "layer " + index + " (" + command + ")";
    }

    /**
     * {@code layer 3 (RUN apt-get install …)} and, with {@code --dockerfile}, the line that made it:
     * {@code layer 3 (RUN apt-get install …, Dockerfile:12)}.
     */
    static String layer(ImageAnalysis image, ImageContext context, int index) {
        String command = command(image, index);
        String line = context.layerLine(index);
        String detail = command.isEmpty() ? line : line.isEmpty() ? command : command + ", " + line;
        return detail.isEmpty() ? "layer " + index : "layer " + index + " (" + detail + ")";
    }

    /** Where a path of a layer is: {@code layer 3 (RUN …) /var/lib/apt/lists}. */
    static ImageLocation location(ImageAnalysis image, int layer, String path) {
        return ImageLocation.inLayer(layer, command(image, layer), absolute(path));
    }

    /** A whole layer: {@code layer 3 (RUN …)}. */
    static ImageLocation layerLocation(ImageAnalysis image, int layer) {
        return ImageLocation.inLayer(layer, command(image, layer), "");
    }

    /** The layer's history command, abbreviated for messages; empty when the image has no history for it. */
    private static String command(ImageAnalysis image, int index) {
        if (index < 0 || index >= image.image().layers().size()) {
            return "";
        }
        return CreatedBy.abbreviated(image.image().layers().get(index).createdBy(), COMMAND_WIDTH);
    }

    /** {@code /path}: the analyzer's paths are relative to the image root. */
    static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Human units as dive prints them ({@code 1.6 kB}, {@code 20 MB}). */
    static String size(long bytes) {
        return ByteSizes.format(bytes);
    }

    /** {@code text} with its first letter upper-cased, to start a sentence. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code 1 file} / {@code 3 files}. */
    static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
