package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static dev.dlint.context.ContextTrees.link;
import static dev.dlint.context.ContextTrees.walk;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code COPY}/{@code ADD} source selection as BuildKit's copier resolves it. */
class CopySelectionTest {

    @TempDir
    Path ctx;

    private BuildContext context;

    @BeforeEach
    void tree() throws IOException {
        create(ctx, "Dockerfile", ".dockerignore", "package.json={}", "tsconfig.json=[]", "README.md", "notes.md",
                "src/main.go", "src/util/x", "src/a/x", "src/a/b/x", "src/x", "docs/guide.md", "docs/api/ref.md",
                "secrets/key.pem", "empty/", "dist/app.js");
        link(ctx, "current", "src");
        link(ctx, "abs", "/docs");
        link(ctx, "escape", "/etc");
        link(ctx, "dangling", "nowhere");
        link(ctx, "l1", "l2");
        link(ctx, "l2", "l1");
        context = walk(ctx, "secrets\ndist\n*.md\n!README.md\n");
    }

    @Test
    void dotTakesEverythingSent() {
        CopySelection all = context.select(".");
        assertThat(all.outcome()).isEqualTo(CopyOutcome.SELECTED);
        assertThat(all.paths()).contains("Dockerfile", "README.md", "src/a/b/x", "docs/api/ref.md", "current")
                .as("*.md only matches at the root").contains("docs/guide.md")
                .doesNotContain("notes.md", "secrets/key.pem", "dist/app.js");
        assertThat(context.select("./").paths()).isEqualTo(all.paths());
        assertThat(context.select("/").paths()).isEqualTo(all.paths());
        assertThat(all.totals().files()).isEqualTo(all.entries().stream().filter(ContextEntry::isFile).count());
    }

    @Test
    void aDirectoryTakesItsContentsAndAFileItself() {
        assertThat(context.select("src/").paths()).containsExactly("src/a/b/x", "src/a/x", "src/main.go",
                "src/util/x", "src/x");
        assertThat(context.select("src").paths()).isEqualTo(context.select("src/").paths());
        assertThat(context.select("package.json").paths()).containsExactly("package.json");
        assertThat(context.select("package.json").totals()).isEqualTo(new FileTotals(1, 2));
        CopySelection empty = context.select("empty");
        assertThat(empty.outcome()).isEqualTo(CopyOutcome.SELECTED);
        assertThat(empty.entries()).isEmpty();
    }

    @Test
    void wildcardsMatchOneSegmentPerStar() {
        assertThat(context.select("*.json").paths()).containsExactly("package.json", "tsconfig.json");
        assertThat(context.select("src/*/x").paths()).containsExactly("src/a/x", "src/util/x");
        assertThat(context.select("src/**/x").paths()).as("** is just a star in COPY: exactly one directory")
                .containsExactly("src/a/x", "src/util/x");
        assertThat(context.select("s?c/m*").paths()).containsExactly("src/main.go");
        assertThat(context.select("src/[a-m]*").paths()).as("a matched directory is copied whole")
                .containsExactly("src/a/b/x", "src/a/x", "src/main.go");
    }

    @Test
    void aWildcardMatchingNothingCopiesNothingAndTheBuildGoesOn() {
        CopySelection none = context.select("*.lock");
        assertThat(none.outcome()).isEqualTo(CopyOutcome.NOTHING_MATCHED);
        assertThat(none.outcome().failsBuild()).isFalse();
        assertThat(context.select("notes*").outcome()).as("excluded files are not in the context")
                .isEqualTo(CopyOutcome.NOTHING_MATCHED);
    }

    @Test
    void aWildcardUnderAMissingDirectoryFails() {
        CopySelection s = context.select("folder/b/*");
        assertThat(s.outcome()).isEqualTo(CopyOutcome.WILDCARD_BASE_NOT_FOUND);
        assertThat(s.outcome().failsBuild()).isTrue();
        assertThat(s.detail()).isEqualTo("/folder/b: no such file or directory");
        assertThat(context.select("secrets/*").outcome()).isEqualTo(CopyOutcome.WILDCARD_BASE_NOT_FOUND);
    }

    @Test
    void aMissingSourceFailsAndSaysWhenTheIgnoreFileIsWhy() {
        CopySelection missing = context.select("nope.txt");
        assertThat(missing.outcome()).isEqualTo(CopyOutcome.NOT_FOUND);
        assertThat(missing.outcome().failsBuild()).isTrue();
        assertThat(missing.excludedBy()).isEmpty();
        assertThat(missing.detail()).isEqualTo("/nope.txt: not found");
        CopySelection ignored = context.select("secrets/key.pem");
        assertThat(ignored.outcome()).isEqualTo(CopyOutcome.NOT_FOUND);
        assertThat(ignored.excludedBy()).map(IgnorePattern::line).hasValue(1);
        assertThat(ignored.detail()).isEqualTo("excluded by .dockerignore line 1: secrets");
        assertThat(context.select("notes.md").excludedBy()).map(IgnorePattern::pattern).hasValue("*.md");
    }

    @Test
    void dotDotStopsAtTheRoot() {
        assertThat(context.select("../../src/main.go").paths()).containsExactly("src/main.go");
    }

    @Test
    void symlinkedSourcesAreFollowedInsideTheContext() {
        assertThat(context.select("current").paths()).as("the link is followed to src")
                .containsExactly("src/a/b/x", "src/a/x", "src/main.go", "src/util/x", "src/x");
        assertThat(context.select("abs").paths()).as("an absolute target starts at the context root")
                .containsExactly("docs/api/ref.md", "docs/guide.md");
        assertThat(context.select("escape").outcome()).as("never out of the context").isEqualTo(CopyOutcome.NOT_FOUND);
        assertThat(context.select("dangling").outcome()).isEqualTo(CopyOutcome.NOT_FOUND);
        assertThat(context.select("current/main.go").paths()).containsExactly("src/main.go");
        assertThat(context.select("l1").outcome()).isEqualTo(CopyOutcome.SYMLINK_LOOP);
        assertThat(context.select("l1").outcome().failsBuild()).isTrue();
        assertThat(context.select("dang*").outcome()).as("a wildcard match that is a dangling link")
                .isEqualTo(CopyOutcome.NOT_FOUND);
    }

    @Test
    void symlinksInsideACopiedDirectoryAreCopiedAsLinks() throws IOException {
        link(ctx, "tree/link", "/etc/passwd");
        create(ctx, "tree/file");
        BuildContext c = walk(ctx, "");
        assertThat(c.select("tree").paths()).containsExactly("tree/file", "tree/link");
        assertThat(c.select("tree").totals().files()).isEqualTo(1);
    }

    @Test
    void excludesAreRelativeToEachSource() {
        CopySource noGo = CopySource.of("src").withExcludes("*.go");
        assertThat(context.select(noGo).paths()).containsExactly("src/a/b/x", "src/a/x", "src/util/x", "src/x");
        assertThat(context.select(CopySource.of(".").withExcludes("*.json")).paths())
                .doesNotContain("package.json", "tsconfig.json").contains("src/main.go");
        assertThat(context.select(CopySource.of(".").withExcludes("x")).paths()).as("only x at the top")
                .contains("src/x");
        assertThat(context.select(CopySource.of("src").withExcludes("a", "!a/x")).paths())
                .containsExactly("src/a/x", "src/main.go", "src/util/x", "src/x");
        assertThat(context.select(CopySource.of("src").withExcludes("**/x")).paths()).containsExactly("src/main.go");
        assertThat(context.select(CopySource.of("package.json").withExcludes("*.json")).paths())
                .as("the source itself is never matched").containsExactly("package.json");
        assertThat(context.select(CopySource.of("s*").withExcludes("util")).paths())
                .containsExactly("src/a/b/x", "src/a/x", "src/main.go", "src/x");
    }

    @Test
    void anInvalidExcludeFailsTheBuild() {
        CopySelection s = context.select(CopySource.of(".").withExcludes("ok", "["));
        assertThat(s.outcome()).isEqualTo(CopyOutcome.INVALID_PATTERN);
        assertThat(s.outcome().failsBuild()).isTrue();
        assertThat(s.detail()).isEqualTo("--exclude=[: syntax error in pattern");
    }

    @Test
    void parentsTurnsTheSourceIntoAPatternWhereDoubleStarWorks() {
        assertThat(context.select(CopySource.of("src/**/x").withParents()).paths())
                .containsExactly("src/a/b/x", "src/a/x", "src/util/x", "src/x");
        assertThat(context.select(CopySource.of("src/a/./b").withParents()).paths()).containsExactly("src/a/b/x");
        assertThat(context.select(CopySource.of("docs/*.md").withParents()).paths()).containsExactly("docs/guide.md");
        CopySelection none = context.select(CopySource.of("nothing/**").withParents());
        assertThat(none.outcome()).isEqualTo(CopyOutcome.NOTHING_MATCHED);
        assertThat(none.outcome().failsBuild()).isFalse();
    }

    @Test
    void remoteSourcesAreNotFromTheContext() {
        assertThat(context.select("https://example.com/a.tar.gz").outcome()).isEqualTo(CopyOutcome.REMOTE);
        assertThat(context.select("git@github.com:moby/buildkit.git").outcome()).isEqualTo(CopyOutcome.REMOTE);
    }

    @Test
    void groupsBySizeForMessages() throws IOException {
        create(ctx, "big/a=" + "x".repeat(5000), "big/b=" + "x".repeat(5000));
        BuildContext c = walk(ctx, "");
        assertThat(c.select(".").largestGroups(1)).extracting(SizeGroup::describe)
                .containsExactly("big: 2 files, 10 kB");
    }
}
