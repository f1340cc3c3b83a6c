package dev.dlint.engine;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image argument of {@code dlint image}, as dive reads it: a path, or {@code SOURCE://REFERENCE}
 * ({@code docker-archive://image.tar}, {@code oci-archive://image.tar}, {@code podman://app:1},
 * {@code docker://nginx:1.25}), with {@code --source} for a plain argument.
 *
 * @param source    where the image is read from
 * @param reference the path, or the image name for an engine
 * @param explicit  whether the source was given ({@code --source} or a prefix) rather than assumed
 */
public record ImageInput(ImageSource source, String reference, boolean explicit) {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://(.*)$", Pattern.DOTALL);
    /** A name like {@code nginx:1.25}, {@code ghcr.io/org/app:v1} or {@code app@sha256:…}, not a file name. */
    private static final Pattern IMAGE_REFERENCE = Pattern.compile(
            "^(?:[a-z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*"
                    + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@sha256:[0-9a-f]{64})$");

    /**
     * Reads the argument and the {@code --source} option.
     *
     * @throws IllegalArgumentException for an unknown source or a prefix that contradicts {@code --source}
     */
    public static ImageInput parse(String argument, Optional<String> sourceOption) {
        Optional<ImageSource> option = Optional.empty();
        if (sourceOption.isPresent()) {
            option = Optional.of(ImageSource.named(sourceOption.get()).orElseThrow(() -> new IllegalArgumentException(
                    "--source: unknown source '" + sourceOption.get() + "'; expected one of " + ImageSource.names())));
        }
        java.util.regex.Matcher m = SCHEME.matcher(argument);
        if (m.matches()) {
            ImageSource prefix = ImageSource.named(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
                    "unknown image source '" + m.group(1) + "://'; expected one of " + ImageSource.names()
                            + " (as SOURCE://IMAGE), or a path"));
            if (option.isPresent() && option.get() != prefix) {
                throw new IllegalArgumentException("--source " + option.get().userName() + " contradicts the "
                        + prefix.userName() + ":// prefix of " + argument);
            }
            if (m.group(2).isEmpty()) {
                throw new IllegalArgumentException(argument + " names no image");
            }
            return new ImageInput(prefix, m.group(2), true);
        }
        return new ImageInput(option.orElse(ImageSource.DOCKER_ARCHIVE), argument, option.isPresent());
    }

    /** The argument as the user gave it, for messages and reports. */
    public String display() {
        return explicit && source.isEngine() ? source.userName() + "://" + reference : reference;
    }

    /** Whether {@code text} reads as an image name ({@code nginx:1.25}) rather than as a file name. */
    public static boolean looksLikeImageName(String text) {
        return IMAGE_REFERENCE.matcher(text).matches() && !text.endsWith(".tar") && !text.contains(".tar:");
    }
}
