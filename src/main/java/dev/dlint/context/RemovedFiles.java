package dev.dlint.context;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file system of a context plus files that are no longer there (deleted since a revision): each such path
 * reads as an empty regular file, its missing parent directories as directories, so a walk records them as a build
 * of the older tree would have seen them. A path below an existing non-directory, or one that exists, is left alone.
 */
final class RemovedFiles implements ContextFiles {

    private final ContextFiles disk;
    private final Path root;
    /** Missing names by the context-relative directory that holds them ({@code ""}: the root). */
    private final Map<String, Set<String>> names = new HashMap<>();
    /** Context-relative paths of the missing directories. */
    private final Set<String> directories = new HashSet<>();
    /** Context-relative paths of the missing files. */
    private final Set<String> files = new HashSet<>();

    RemovedFiles(ContextFiles disk, Path root, Collection<String> removed) {
        this.disk = disk;
        this.root = root;
        for (String path : removed) {
            String clean = GoText.clean("/" + path).substring(1);
            if (clean.isEmpty()) {
                continue;
            }
            String[] parts = clean.split("/");
            String dir = "";
            for (int i = 0; i < parts.length; i++) {
                String rel = dir.isEmpty() ? parts[i] : dir + "/" + parts[i];
                names.computeIfAbsent(dir, k -> new HashSet<>()).add(parts[i]);
                if (i < parts.length - 1) {
                    directories.add(rel);
                } else if (!directories.contains(rel)) {
                    files.add(rel);
                }
                dir = rel;
            }
        }
        files.removeAll(directories);
    }

    @Override
    public List<String> list(Path dir) throws IOException {
        List<String> listed;
        String rel = relative(dir);
        try {
            listed = new ArrayList<>(disk.list(dir));
        } catch (NoSuchFileException e) {
            if (!directories.contains(rel)) {
                throw e;
            }
            listed = new ArrayList<>();
        }
        for (String name : names.getOrDefault(rel, Set.of())) {
            if (!listed.contains(name)) {
                listed.add(name);
            }
        }
        return listed;
    }

    @Override
    public BasicFileAttributes attributes(Path entry) throws IOException {
        try {
            return disk.attributes(entry);
        } catch (NoSuchFileException e) {
            String rel = relative(entry);
            if (directories.contains(rel)) {
                return new Absent(true);
            }
            if (files.contains(rel)) {
                return new Absent(false);
            }
            throw e;
        }
    }

    @Override
    public String readLink(Path link) throws IOException {
        return disk.readLink(link);
    }

    @Override
    public boolean isReadable(Path file) {
        return files.contains(relative(file)) || disk.isReadable(file);
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** The attributes of a path that is not on disk: an empty file or a directory, of no time. */
    private record Absent(boolean directory) implements BasicFileAttributes {

        @Override
        public FileTime lastModifiedTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public FileTime lastAccessTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public FileTime creationTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public boolean isRegularFile() {
            return !directory;
        }

        @Override
        public boolean isDirectory() {
            return directory;
        }

        @Override
        public boolean isSymbolicLink() {
            return false;
        }

        @Override
        public boolean isOther() {
            return false;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public Object fileKey() {
            return null;
        }
    }
}
