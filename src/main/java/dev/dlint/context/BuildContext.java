package dev.dlint.context;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a build context: every file, directory, symlink and special file under the root with
 * whether BuildKit sends it, taken within {@link Limits}. Symlinks are recorded as symlinks and never followed
 * (neither out of the context nor into linked directories). Entries that could not be examined carry a note
 * instead of failing the walk. An excluded directory is walked only when a {@code !} pattern could re-include
 * something below it (fsutil's rule); otherwise it is one {@link EntryStatus#EXCLUDED_NOT_WALKED} entry of unknown
 * size and its contents are not listed.
 */
public final class BuildContext {

    private final Path root;
    private final DockerIgnore ignore;
    private final List<ContextEntry> entries;
    private final List<String> paths;
    private final Map<String, ContextEntry> byPath;
    private final Optional<Truncation> truncation;
    private final Duration elapsed;

    BuildContext(Path root, DockerIgnore ignore, List<ContextEntry> entries, Optional<Truncation> truncation,
            Duration elapsed) {
        this.root = root;
        this.ignore = ignore;
        List<ContextEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ContextEntry::path));
        this.entries = List.copyOf(sorted);
        this.paths = this.entries.stream().map(ContextEntry::path).toList();
        Map<String, ContextEntry> map = new HashMap<>(sorted.size() * 2);
        for (ContextEntry e : sorted) {
            map.put(e.path(), e);
        }
        this.byPath = Collections.unmodifiableMap(map);
        this.truncation = truncation;
        this.elapsed = elapsed;
    }

    /**
     * Walks {@code root} (a symlinked root is resolved first) and decides every entry with {@code ignore}.
     *
     * @throws IOException when the root itself does not exist, is not a directory or cannot be listed
     */
    public static BuildContext walk(Path root, DockerIgnore ignore, Limits limits) throws IOException {
        return walk(root, ignore, limits, ContextFiles.LOCAL);
    }

    /**
     * Walks {@code root} as {@link #walk(Path, DockerIgnore, Limits)} does, with files that are no longer on disk
     * recorded as empty regular files (and their missing directories as directories), each decided by
     * {@code ignore} like any other entry: the context an older tree, which still had them, would have sent, so
     * {@link #select} tells whether a {@code COPY} took them. Paths are relative to the root; one that exists, or
     * lies below an existing non-directory, changes nothing.
     *
     * @throws IOException when the root itself does not exist, is not a directory or cannot be listed
     */
    public static BuildContext walkWithRemoved(Path root, DockerIgnore ignore, Limits limits,
            Collection<String> removed) throws IOException {
        Objects.requireNonNull(removed, "removed");
        Path real = root.toRealPath();
        return walk(real, ignore, limits, new RemovedFiles(ContextFiles.LOCAL, real, removed));
    }

    static BuildContext walk(Path root, DockerIgnore ignore, Limits limits, ContextFiles files) throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(ignore, "ignore");
        Objects.requireNonNull(limits, "limits");
        return new ContextWalker(root, ignore, limits, files).walk();
    }

    /** The real path of the context directory. */
    public Path root() {
        return root;
    }

    public DockerIgnore ignore() {
        return ignore;
    }

    /** All recorded entries in path order. */
    public List<ContextEntry> entries() {
        return entries;
    }

    public Optional<ContextEntry> entry(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Set when a limit was hit: then the snapshot is incomplete and callers should stay silent. */
    public Optional<Truncation> truncation() {
        return truncation;
    }

    public boolean isTruncated() {
        return truncation.isPresent();
    }

    /** How long the walk took. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Entries that could not be examined fully (each has a {@link ContextEntry#note()}). */
    public List<ContextEntry> unreadable() {
        return entries.stream().filter(ContextEntry::isUnreadable).toList();
    }

    /**
     * Whether the snapshot is the whole truth: not truncated, and nothing BuildKit would send is unreadable
     * (BuildKit fails the build on such an entry, so the context is then unknowable from here).
     */
    public boolean isComplete() {
        return truncation.isEmpty() && unreadable().stream().noneMatch(ContextEntry::isSent);
    }

    /** The regular files BuildKit sends. */
    public List<ContextEntry> sentFiles() {
        return entries.stream().filter(e -> e.isFile() && e.isSent()).toList();
    }

    /** Count and bytes of the regular files BuildKit sends. */
    public FileTotals sentTotals() {
        long files = 0;
        long bytes = 0;
        for (ContextEntry e : entries) {
            if (e.isFile() && e.isSent()) {
                files++;
                bytes += e.size();
            }
        }
        return new FileTotals(files, bytes);
    }

    /** The {@code n} largest groups of sent files by first path segment ({@code ".git: 1,234 files, 56 MB"}). */
    public List<SizeGroup> largestGroups(int n) {
        return SizeGroup.largest(sentFiles(), n);
    }

    /** What a {@code COPY}/{@code ADD} source without flags takes from this context. */
    public CopySelection select(String source) {
        return select(CopySource.of(source));
    }

    /** What a {@code COPY}/{@code ADD} source takes from this context, as BuildKit's copier resolves it. */
    public CopySelection select(CopySource source) {
        return new CopySelector(this).select(source);
    }

    /** The entry BuildKit received at a context-relative path, if any. */
    Optional<ContextEntry> sent(String path) {
        ContextEntry e = byPath.get(path);
        return e != null && e.isSent() ? Optional.of(e) : Optional.empty();
    }

    /** The entries below {@code dir} ({@code ""}: the whole context) in path order, sent or not. */
    List<ContextEntry> below(String dir) {
        if (dir.isEmpty()) {
            return entries;
        }
        String prefix = dir + "/";
        int from = Collections.binarySearch(paths, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        int to = from;
        while (to < paths.size() && paths.get(to).startsWith(prefix)) {
            to++;
        }
        return entries.subList(from, to);
    }

    @Override
    public String toString() {
        return "BuildContext[" + root + ", " + entries.size() + " entries" + truncation.map(t -> ", truncated: "
                + t.detail()).orElse("") + "]";
    }
}
