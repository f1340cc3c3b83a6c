package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static dev.dlint.context.ContextTrees.ignore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A context walked with files that were deleted since a revision: they are selected as the older tree's were. */
class RemovedFilesTest {

    @TempDir
    Path ctx;

    @Test
    void removedFilesAreSelectedLikeFilesOnDisk() throws IOException {
        create(ctx, "src/main.go", "README.md", "notes.md");
        BuildContext context = BuildContext.walkWithRemoved(ctx, ignore("*.md\n!README.md\n"), Limits.defaults(),
                List.of("src/old.go", "gone/deep/x.txt", "CHANGES.md", "OLD.md", "./src/../lib/a"));
        assertThat(context.select("src/").paths()).containsExactly("src/main.go", "src/old.go");
        assertThat(context.select("gone").paths()).containsExactly("gone/deep/x.txt");
        assertThat(context.select("*/a").paths()).containsExactly("lib/a");
        assertThat(context.select(".").paths()).as("the ignore file decides removed files too")
                .contains("README.md", "gone/deep/x.txt", "lib/a").doesNotContain("CHANGES.md", "OLD.md", "notes.md");
        assertThat(context.entry("gone/deep").orElseThrow().isDirectory()).isTrue();
        assertThat(context.entry("src/old.go").orElseThrow().size()).isZero();
        assertThat(Files.exists(ctx.resolve("src/old.go"))).as("nothing is written").isFalse();
    }

    @Test
    void aFileOnDiskWinsAndAPathBelowAFileIsIgnored() throws IOException {
        create(ctx, "a.txt=hello", "f");
        BuildContext context = BuildContext.walkWithRemoved(ctx, DockerIgnore.none(), Limits.defaults(),
                List.of("a.txt", "f/under", ""));
        assertThat(context.entry("a.txt").orElseThrow().size()).isEqualTo(5);
        assertThat(context.entry("f").orElseThrow().isFile()).isTrue();
        assertThat(context.entry("f/under")).isEmpty();
        assertThat(context.select(".").paths()).containsExactly("a.txt", "f");
    }
}
