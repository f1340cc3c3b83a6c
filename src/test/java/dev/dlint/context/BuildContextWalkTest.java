package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static dev.dlint.context.ContextTrees.ignore;
import static dev.dlint.context.ContextTrees.link;
import static dev.dlint.context.ContextTrees.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded, never-escaping walk of a context directory. */
class BuildContextWalkTest {

    @TempDir
    Path ctx;

    private static EntryStatus status(BuildContext c, String path) {
        return c.entry(path).orElseThrow(() -> new AssertionError("no entry " + path)).status();
    }

    @Test
    void recordsEveryEntryWithItsStatusAndSize() throws IOException {
        create(ctx, "Dockerfile=FROM scratch\n", "src/main.go=package main\n", "src/empty/", "README.md=hi",
                "notes.md=12345");
        BuildContext c = walk(ctx, "*.md\n!README.md\n");
        assertThat(c.entries()).extracting(ContextEntry::path).containsExactly("Dockerfile", "README.md", "notes.md",
                "src", "src/empty", "src/main.go");
        assertThat(status(c, "notes.md")).isEqualTo(EntryStatus.EXCLUDED);
        assertThat(c.entry("notes.md").orElseThrow().decidedBy()).map(IgnorePattern::line).hasValue(1);
        assertThat(status(c, "README.md")).isEqualTo(EntryStatus.SENT);
        assertThat(c.entry("README.md").orElseThrow().decidedBy()).map(IgnorePattern::line).hasValue(2);
        assertThat(c.entry("src/main.go").orElseThrow().size()).isEqualTo(13);
        assertThat(c.entry("src").orElseThrow().size()).as("a directory's size is what it sends").isEqualTo(13);
        assertThat(c.entry("src/empty").orElseThrow().kind()).isEqualTo(EntryKind.DIRECTORY);
        assertThat(c.sentTotals()).isEqualTo(new FileTotals(3, 13 + 13 + 2));
        assertThat(c.isTruncated()).isFalse();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.root()).isEqualTo(ctx.toRealPath());
    }

    @Test
    void anExcludedDirectoryIsNotWalkedWhenNothingCanBeReincluded() throws IOException {
        create(ctx, ".git/HEAD", ".git/objects/ab/cdef", "app.py", "keep/.git/x");
        BuildContext c = walk(ctx, ".git\n!app.py\n");
        ContextEntry git = c.entry(".git").orElseThrow();
        assertThat(git.status()).isEqualTo(EntryStatus.EXCLUDED_NOT_WALKED);
        assertThat(git.size()).isEqualTo(-1);
        assertThat(c.entries()).extracting(ContextEntry::path).noneMatch(p -> p.startsWith(".git/"));
        assertThat(status(c, "keep/.git/x")).as(".git only matches at the root").isEqualTo(EntryStatus.SENT);
    }

    @Test
    void anExcludedDirectoryIsWalkedWhenAnExclusionLiesBelowIt() throws IOException {
        create(ctx, "docs/README.md", "docs/internal/plan.md", "docs/api/index.html");
        BuildContext c = walk(ctx, "docs\n!docs/README.md\n");
        assertThat(status(c, "docs")).isEqualTo(EntryStatus.SENT_AS_PARENT);
        assertThat(status(c, "docs/README.md")).isEqualTo(EntryStatus.SENT);
        assertThat(status(c, "docs/internal")).isEqualTo(EntryStatus.EXCLUDED_NOT_WALKED);
        assertThat(status(c, "docs/api")).isEqualTo(EntryStatus.EXCLUDED_NOT_WALKED);
        assertThat(c.sentFiles()).extracting(ContextEntry::path).containsExactly("docs/README.md");
    }

    @Test
    void aWildcardExclusionMakesEveryExcludedDirectoryWalked() throws IOException {
        create(ctx, "vendor/a/README.md", "vendor/a/lib.c", "vendor/b/lib.c");
        BuildContext c = walk(ctx, "vendor\n!**/README.md\n");
        assertThat(status(c, "vendor/b")).as("walked, and nothing inside was re-included")
                .isEqualTo(EntryStatus.EXCLUDED);
        assertThat(status(c, "vendor/b/lib.c")).isEqualTo(EntryStatus.EXCLUDED);
        assertThat(status(c, "vendor/a")).isEqualTo(EntryStatus.SENT_AS_PARENT);
        assertThat(status(c, "vendor/a/README.md")).isEqualTo(EntryStatus.SENT);
    }

    @Test
    void theTransferUsesParentResultsNotParentMatches() throws IOException {
        create(ctx, "a/b", "a/c");
        BuildContext c = walk(ctx, "a\n!a/b\na\n");
        assertThat(status(c, "a/b")).isEqualTo(EntryStatus.SENT);
        assertThat(status(c, "a/c")).isEqualTo(EntryStatus.EXCLUDED);
        assertThat(c.ignore().excludes("a/b")).as("while the CopyIgnoredFile question says excluded").isTrue();
    }

    @Test
    void symlinksAreRecordedNeverFollowed(@TempDir Path outside) throws IOException {
        create(outside, "secret/id_rsa");
        create(ctx, "dir/file");
        link(ctx, "loop", ".");
        link(ctx, "a", "b");
        link(ctx, "b", "a");
        link(ctx, "out", outside.toString());
        link(ctx, "up", "../../..");
        link(ctx, "dir/inside", "../dir/file");
        BuildContext c = walk(ctx, "");
        assertThat(c.entries()).extracting(ContextEntry::path).containsExactly("a", "b", "dir", "dir/file",
                "dir/inside", "loop", "out", "up");
        ContextEntry out = c.entry("out").orElseThrow();
        assertThat(out.kind()).isEqualTo(EntryKind.SYMLINK);
        assertThat(out.linkTarget()).hasValue(outside.toString());
        assertThat(out.pointsOutside()).isTrue();
        assertThat(c.entry("up").orElseThrow().pointsOutside()).isTrue();
        assertThat(c.entry("dir/inside").orElseThrow().pointsOutside()).isFalse();
        assertThat(c.entry("loop").orElseThrow().pointsOutside()).isFalse();
        assertThat(c.entry("a").orElseThrow().linkTarget()).hasValue("b");
        assertThat(c.sentTotals().files()).isEqualTo(1);
    }

    @Test
    void aSymlinkedRootIsResolved(@TempDir Path elsewhere) throws IOException {
        create(ctx, "f");
        Path linked = elsewhere.resolve("ctx-link");
        Files.createSymbolicLink(linked, ctx);
        assertThat(walk(linked, "").entries()).extracting(ContextEntry::path).containsExactly("f");
    }

    @Test
    void aMissingRootIsAnIoError() {
        assertThatThrownBy(() -> walk(ctx.resolve("missing"), "")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileRootIsAnIoError() throws IOException {
        create(ctx, "f");
        assertThatThrownBy(() -> walk(ctx.resolve("f"), "")).isInstanceOf(IOException.class);
    }

    @Test
    void specialFilesAreRecordedAsOther() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", ctx.resolve("pipe").toString()).start();
        } catch (IOException e) {
            System.err.println("SKIPPED: mkfifo is not available: " + e.getMessage());
            Assumptions.abort("mkfifo is not available");
            return;
        }
        assertThat(p.waitFor()).isZero();
        ContextEntry pipe = walk(ctx, "").entry("pipe").orElseThrow();
        assertThat(pipe.kind()).isEqualTo(EntryKind.OTHER);
        assertThat(pipe.note()).hasValueSatisfying(n -> assertThat(n).contains("special file"));
    }

    @Test
    void unreadableEntriesAreRecordedWithANote() throws IOException {
        create(ctx, "open.txt", "closed.txt", "locked/inside.txt");
        Assumptions.assumeTrue(ignoredWhenRoot(), "running as root");
        ctx.resolve("closed.txt").toFile().setReadable(false, false);
        ctx.resolve("locked").toFile().setReadable(false, false);
        try {
            BuildContext c = walk(ctx, "");
            assertThat(c.entry("closed.txt").orElseThrow().isUnreadable()).isTrue();
            assertThat(c.entry("locked").orElseThrow().note()).hasValue(ContextEntry.UNREADABLE
                    + "cannot list: permission denied");
            assertThat(c.unreadable()).extracting(ContextEntry::path).containsExactly("closed.txt", "locked");
            assertThat(c.isComplete()).isFalse();
        } finally {
            ctx.resolve("closed.txt").toFile().setReadable(true, false);
            ctx.resolve("locked").toFile().setReadable(true, false);
        }
    }

    private boolean ignoredWhenRoot() throws IOException {
        if (ContextTrees.permissionsAreIgnored(ctx)) {
            System.err.println("SKIPPED: POSIX permission test: the tests run as root, which reads everything "
                    + "(the same path is covered by unlistableDirectoriesAreRecordedNotThrown with an injected failure)");
            return false;
        }
        return true;
    }

    @Test
    void unlistableDirectoriesAreRecordedNotThrown() throws IOException {
        create(ctx, "ok/a", "broken/b", "excluded/c", "gone");
        ContextFiles failing = new ContextFiles() {
            @Override
            public List<String> list(Path dir) throws IOException {
                if (dir.getFileName().toString().equals("broken") || dir.getFileName().toString().equals("excluded")) {
                    throw new AccessDeniedException(dir.toString());
                }
                return LOCAL.list(dir);
            }

            @Override
            public BasicFileAttributes attributes(Path entry) throws IOException {
                if (entry.getFileName().toString().equals("gone")) {
                    throw new NoSuchFileException(entry.toString());
                }
                return LOCAL.attributes(entry);
            }

            @Override
            public String readLink(Path l) throws IOException {
                return LOCAL.readLink(l);
            }

            @Override
            public boolean isReadable(Path file) {
                return !file.getFileName().toString().equals("a");
            }
        };
        BuildContext c = BuildContext.walk(ctx, ignore("excluded\n!excluded/c\n"), Limits.defaults(), failing);
        assertThat(c.entry("broken").orElseThrow().note()).hasValue(ContextEntry.UNREADABLE
                + "cannot list: permission denied");
        assertThat(c.entry("broken").orElseThrow().status()).isEqualTo(EntryStatus.SENT);
        assertThat(c.entry("excluded").orElseThrow().status()).isEqualTo(EntryStatus.EXCLUDED);
        assertThat(c.entry("gone").orElseThrow().kind()).isEqualTo(EntryKind.OTHER);
        assertThat(c.entry("gone").orElseThrow().note().orElseThrow()).startsWith(ContextEntry.UNREADABLE
                + "cannot examine: NoSuchFileException");
        assertThat(c.entry("ok/a").orElseThrow().note()).hasValue(ContextEntry.UNREADABLE
                + "cannot read: permission denied");
        assertThat(c.unreadable()).extracting(ContextEntry::path).containsExactly("broken", "excluded", "gone",
                "ok/a");
        assertThat(c.isTruncated()).isFalse();
        assertThat(c.isComplete()).isFalse();
    }

    @Test
    void theEntryLimitTruncates() throws IOException {
        create(ctx, "a", "b", "c", "d/e", "d/f");
        BuildContext c = BuildContext.walk(ctx, DockerIgnore.none(), Limits.defaults().withMaxEntries(3));
        assertThat(c.entries()).hasSize(3);
        assertThat(c.truncation()).map(Truncation::reason).hasValue(Truncation.Reason.ENTRY_LIMIT);
        assertThat(c.isComplete()).isFalse();
        assertThat(c.select(".").outcome()).isEqualTo(CopyOutcome.UNKNOWN);
    }

    @Test
    void theDepthLimitTruncatesButKeepsWalkingElsewhere() throws IOException {
        create(ctx, "a/b/c/d.txt", "top.txt", "x/y.txt");
        BuildContext c = BuildContext.walk(ctx, DockerIgnore.none(), Limits.defaults().withMaxDepth(2));
        assertThat(c.entries()).extracting(ContextEntry::path).containsExactly("a", "a/b", "top.txt", "x",
                "x/y.txt");
        assertThat(c.entry("a/b").orElseThrow().note()).hasValue("not walked: depth limit");
        assertThat(c.truncation()).map(Truncation::reason).hasValue(Truncation.Reason.DEPTH_LIMIT);
    }

    @Test
    void theTimeLimitTruncates() throws IOException {
        create(ctx, "a", "b");
        BuildContext c = BuildContext.walk(ctx, DockerIgnore.none(), Limits.defaults().withMaxTime(Duration.ofNanos(1)));
        assertThat(c.truncation()).map(Truncation::reason).hasValue(Truncation.Reason.TIME_LIMIT);
    }

    @Test
    void aDeepTreeDoesNotExhaustTheStack() throws IOException {
        Path p = ctx;
        for (int i = 0; i < 300; i++) {
            p = p.resolve("d");
        }
        Files.createDirectories(p);
        Files.writeString(p.resolve("leaf"), "x");
        BuildContext c = BuildContext.walk(ctx, DockerIgnore.none(), Limits.defaults().withMaxDepth(1000));
        assertThat(c.isTruncated()).isFalse();
        assertThat(c.sentTotals().files()).isEqualTo(1);
        assertThat(c.entries()).hasSize(301);
    }

    @Test
    void largestGroupsDescribeSizes() throws IOException {
        create(ctx, ".git/a=" + "x".repeat(3000), ".git/b=" + "x".repeat(2_000_000), "node_modules/m/i.js=abc",
                "main.go=1234567");
        BuildContext c = walk(ctx, "");
        assertThat(c.largestGroups(2)).extracting(SizeGroup::describe)
                .containsExactly(".git: 2 files, 2.0 MB", "main.go: 1 file, 7 B");
        assertThat(c.largestGroups(10)).hasSize(3);
        assertThat(new FileTotals(1234, 56_000_000).describe()).isEqualTo("1,234 files, 56 MB");
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> new Limits(0, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
