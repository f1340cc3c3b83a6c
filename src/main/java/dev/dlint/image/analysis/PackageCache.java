package dev.dlint.image.analysis;

/**
 * A package-manager cache present in the final filesystem.
 *
 * @param manager   {@code apt}, {@code apk}, {@code yum}, {@code dnf}, {@code pip}, {@code npm} or {@code yarn}
 * @param directory the cache directory
 * @param files     number of regular files in it
 * @param bytes     their total size
 * @param layers    indexes of the layers that wrote them, ascending
 */
public record PackageCache(String manager, String directory, int files, long bytes, java.util.List<Integer> layers) {

    /** Copies the list. */
    public PackageCache {
        layers = java.util.List.copyOf(layers);
    }
}
