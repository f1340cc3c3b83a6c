package dev.dlint.image.archive;

import dev.dlint.image.ImageFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Random access to the members of a saved image: an uncompressed outer tar or a directory.
 *
 * <p>Member names are {@code /}-separated and relative ({@code blobs/sha256/ab…}). Symlinks and hardlinks inside the
 * archive are resolved; names never escape the archive. {@link #open} may be called from several threads at once.
 */
public interface BlobSource extends Closeable {

    /** Opens {@code input}: a directory, or an uncompressed tar file. */
    static BlobSource open(Path input) {
        if (Files.isDirectory(input)) {
            return new DirectoryBlobSource(input);
        }
        if (!Files.isRegularFile(input)) {
            throw new ImageFormatException(input.toString(), "no such file or directory");
        }
        return TarBlobSource.open(input);
    }

    /** The input as given, for messages. */
    String describe();

    /** All member names that hold data (regular files, or links that resolve to one), in archive order. */
    List<String> names();

    /** The size of a member's data after link resolution, if it exists. */
    Optional<Long> size(String name);

    /** True if the member exists (after link resolution). */
    default boolean exists(String name) {
        return size(name).isPresent();
    }

    /**
     * Opens a member for reading. The stream is independent of other open streams.
     *
     * @throws ImageFormatException if the member does not exist
     */
    InputStream open(String name) throws IOException;

    /** Reads a whole member, refusing members larger than {@code limit} bytes. */
    default byte[] readAll(String name, long limit) throws IOException {
        long size = size(name).orElseThrow(() -> new ImageFormatException(name, "member not found in " + describe()));
        if (size > limit) {
            throw new ImageFormatException(name, size + " bytes exceeds the limit of " + limit + " bytes for metadata");
        }
        try (InputStream in = open(name)) {
            byte[] data = in.readNBytes((int) size);
            if (data.length != size) {
                throw new ImageFormatException(name, "truncated: expected " + size + " bytes, read " + data.length);
            }
            return data;
        }
    }
}
