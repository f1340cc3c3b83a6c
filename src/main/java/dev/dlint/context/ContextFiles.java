package dev.dlint.context;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-system calls a context walk makes, none of which follows a symlink. The walker takes them as a value so
 * tests can make one fail where POSIX permissions cannot (when tests run as root).
 */
interface ContextFiles {

    /** The names in a directory. */
    List<String> list(Path dir) throws IOException;

    /** The entry's attributes, without following a symlink. */
    BasicFileAttributes attributes(Path entry) throws IOException;

    /** A symlink's target as stored. */
    String readLink(Path link) throws IOException;

    /** Whether the process could open the file for reading. */
    boolean isReadable(Path file);

    /** The real file system. */
    ContextFiles LOCAL = new ContextFiles() {
        @Override
        public List<String> list(Path dir) throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path p : stream) {
                    names.add(p.getFileName().toString());
                }
            }
            return names;
        }

        @Override
        public BasicFileAttributes attributes(Path entry) throws IOException {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public String readLink(Path link) throws IOException {
            return Files.readSymbolicLink(link).toString();
        }

        @Override
        public boolean isReadable(Path file) {
            return Files.isReadable(file);
        }
    };
}
