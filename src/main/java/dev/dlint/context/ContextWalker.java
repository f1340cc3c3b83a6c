package dev.dlint.context;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Walks a context directory the way fsutil does when BuildKit asks for it: depth first in name order, never
 * following a symlink, deciding each entry with {@code MatchesUsingParentResults} and the parent's answer,
 * skipping an excluded directory unless a {@code !} pattern could re-include something below it. Iterative, so a
 * deep tree cannot exhaust the stack; bounded by {@link Limits}.
 */
final class ContextWalker {

    private final Path root;
    private final DockerIgnore ignore;
    private final PatternMatcher matcher;
    private final Limits limits;
    private final ContextFiles files;
    private final List<ContextEntry> entries = new ArrayList<>();
    private Truncation truncation;
    private int count;
    private long deadline;

    /** A directory being walked. */
    private static final class Frame {
        final String rel;
        final Path abs;
        final int depth;
        final boolean[] inherited;
        final PatternMatcher.Answer answer;
        final List<String> names;
        int next;
        long sentBytes;
        boolean hasSent;

        Frame(String rel, Path abs, int depth, PatternMatcher.Answer answer, List<String> names) {
            this.rel = rel;
            this.abs = abs;
            this.depth = depth;
            this.answer = answer;
            this.inherited = answer == null ? null : answer.inherited();
            this.names = names;
        }
    }

    ContextWalker(Path root, DockerIgnore ignore, Limits limits, ContextFiles files) {
        this.root = root;
        this.ignore = ignore;
        this.matcher = ignore.matcher();
        this.limits = limits;
        this.files = files;
    }

    BuildContext walk() throws IOException {
        long started = System.nanoTime();
        deadline = started + limits.maxTime().toNanos();
        Path real = root.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new NotDirectoryException(root.toString());
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame("", real, 0, null, sorted(files.list(real))));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next == frame.names.size() || truncation != null && truncation.reason()
                    != Truncation.Reason.DEPTH_LIMIT) {
                stack.pop();
                finish(frame, stack.peek());
                continue;
            }
            String name = frame.names.get(frame.next++);
            if (count >= limits.maxEntries()) {
                truncate(Truncation.Reason.ENTRY_LIMIT, "more than " + limits.maxEntries() + " entries");
                continue;
            }
            if (System.nanoTime() - deadline > 0) {
                truncate(Truncation.Reason.TIME_LIMIT, "walk took longer than " + limits.maxTime());
                continue;
            }
            count++;
            Frame child = visit(frame, name);
            if (child != null) {
                stack.push(child);
            }
        }
        return new BuildContext(real, ignore, entries, Optional.ofNullable(truncation),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Records one entry; returns the frame to walk when it is a directory to descend into. */
    private Frame visit(Frame parent, String name) {
        String rel = parent.rel.isEmpty() ? name : parent.rel + "/" + name;
        Path abs = parent.abs.resolve(name);
        PatternMatcher.Answer answer = matcher.matchesUsingParentResults(rel, parent.inherited);
        boolean excluded = answer.matched();
        Optional<IgnorePattern> decided = ignore.toVerdict(answer).decidedBy();
        BasicFileAttributes attrs;
        try {
            attrs = files.attributes(abs);
        } catch (IOException e) {
            add(parent, new ContextEntry(rel, EntryKind.OTHER, 0, status(excluded), decided, Optional.empty(),
                    Optional.of(ContextEntry.UNREADABLE + "cannot examine: " + reason(e))));
            return null;
        }
        if (attrs.isDirectory()) {
            if (excluded && !matcher.mustWalkExcludedDirectory(rel)) {
                add(parent, new ContextEntry(rel, EntryKind.DIRECTORY, -1, EntryStatus.EXCLUDED_NOT_WALKED, decided,
                        Optional.empty(), Optional.empty()));
                return null;
            }
            if (parent.depth + 1 >= limits.maxDepth()) {
                truncate(Truncation.Reason.DEPTH_LIMIT, "directories deeper than " + limits.maxDepth()
                        + " levels were not walked (first: " + rel + ")");
                add(parent, new ContextEntry(rel, EntryKind.DIRECTORY, -1, status(excluded), decided,
                        Optional.empty(), Optional.of("not walked: depth limit")));
                return null;
            }
            List<String> names;
            try {
                names = sorted(files.list(abs));
            } catch (IOException e) {
                add(parent, new ContextEntry(rel, EntryKind.DIRECTORY, -1, status(excluded), decided,
                        Optional.empty(), Optional.of(ContextEntry.UNREADABLE + "cannot list: " + reason(e))));
                return null;
            }
            return new Frame(rel, abs, parent.depth + 1, answer, names);
        }
        if (attrs.isSymbolicLink()) {
            Optional<String> target;
            Optional<String> note = Optional.empty();
            try {
                target = Optional.of(files.readLink(abs));
            } catch (IOException e) {
                target = Optional.empty();
                note = Optional.of(ContextEntry.UNREADABLE + "cannot read link: " + reason(e));
            }
            add(parent, new ContextEntry(rel, EntryKind.SYMLINK, attrs.size(), status(excluded), decided, target,
                    note));
            return null;
        }
        if (attrs.isRegularFile()) {
            Optional<String> note = files.isReadable(abs) ? Optional.empty()
                    : Optional.of(ContextEntry.UNREADABLE + "cannot read: permission denied");
            add(parent, new ContextEntry(rel, EntryKind.FILE, attrs.size(), status(excluded), decided,
                    Optional.empty(), note));
            return null;
        }
        add(parent, new ContextEntry(rel, EntryKind.OTHER, 0, status(excluded), decided, Optional.empty(),
                Optional.of("special file (FIFO, socket or device)")));
        return null;
    }

    private void add(Frame parent, ContextEntry entry) {
        entries.add(entry);
        if (entry.isSent()) {
            parent.hasSent = true;
            if (entry.isFile()) {
                parent.sentBytes += entry.size();
            }
        }
    }

    /** Records a walked directory once its contents are known, and passes its totals up. */
    private void finish(Frame frame, Frame parent) {
        if (parent == null) {
            return;
        }
        boolean excluded = frame.answer.matched();
        EntryStatus status = !excluded ? EntryStatus.SENT
                : frame.hasSent ? EntryStatus.SENT_AS_PARENT : EntryStatus.EXCLUDED;
        entries.add(new ContextEntry(frame.rel, EntryKind.DIRECTORY, frame.sentBytes, status,
                ignore.toVerdict(frame.answer).decidedBy(), Optional.empty(), Optional.empty()));
        parent.sentBytes += frame.sentBytes;
        if (status.isSent()) {
            parent.hasSent = true;
        }
    }

    private void truncate(Truncation.Reason reason, String detail) {
        if (truncation == null || truncation.reason() == Truncation.Reason.DEPTH_LIMIT
                && reason != Truncation.Reason.DEPTH_LIMIT) {
            truncation = new Truncation(reason, detail);
        }
    }

    private static EntryStatus status(boolean excluded) {
        return excluded ? EntryStatus.EXCLUDED : EntryStatus.SENT;
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.sort(copy);
        return copy;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
