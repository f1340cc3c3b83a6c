package dev.dlint.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads files nobody reviewed without trusting them: only regular files (a device, FIFO or socket is refused before
 * it is opened, so {@code /dev/zero} is never read and a FIFO never blocks), and never more than a limit, checked
 * while reading rather than from the size the file system reports.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /** The file is not a regular file (after following symbolic links). */
    public static final class NotRegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularFileException(Path file, String kind) {
            super("not a regular file (" + kind + ")");
        }
    }

    /** The file holds more bytes than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("larger than " + describe(limit));
        }
    }

    /**
     * The bytes of {@code file}.
     *
     * @param limit the most bytes to accept
     * @throws NotRegularFileException for a directory, device, FIFO or socket, without opening it
     * @throws TooLargeException       when the file holds more than {@code limit} bytes
     * @throws IOException             when it cannot be read
     */
    public static byte[] read(Path file, long limit) throws IOException {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                throw new TooLargeException(limit);
            }
            return bytes;
        }
    }

    /** Throws {@link NotRegularFileException} unless {@code file} is a regular file (following links). */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            String kind = attributes.isDirectory() ? "a directory" : attributes.isOther() ? "a device, FIFO or socket"
                    : "a special file";
            throw new NotRegularFileException(file, kind);
        }
    }

    /** {@code 1 MiB}, {@code 64 MiB}, or a byte count. */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes + " bytes";
    }
}
