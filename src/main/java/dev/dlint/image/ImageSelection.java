package dev.dlint.image;

import java.util.Optional;

/**
 * Which image of an archive to analyse.
 *
 * @param image    {@code NAME:TAG} (or a bare tag for OCI layouts), from {@code --image}
 * @param platform from {@code --platform}
 */
public record ImageSelection(Optional<String> image, Optional<Platform> platform) {

    /** Replaces {@code null} by empty. */
    public ImageSelection {
        image = image == null ? Optional.empty() : image;
        platform = platform == null ? Optional.empty() : platform;
    }

    /** Take the only image / only platform, or the documented defaults. */
    public static ImageSelection defaults() {
        return new ImageSelection(Optional.empty(), Optional.empty());
    }

    /** Select an image by name. */
    public ImageSelection withImage(String name) {
        return new ImageSelection(Optional.of(name), platform);
    }

    /** Select a platform. */
    public ImageSelection withPlatform(Platform p) {
        return new ImageSelection(image, Optional.of(p));
    }
}
