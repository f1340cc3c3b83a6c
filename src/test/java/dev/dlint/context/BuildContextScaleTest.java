package dev.dlint.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large context walks in bounded time. {@code mvn verify} uses 20,000 files; {@code bench/context-bench.sh}
 * runs the same test with {@code -Ddlint.context.files=100000} and reports the time.
 */
class BuildContextScaleTest {

    @TempDir
    Path ctx;

    @Test
    void aLargeContextWalksInBoundedTime() throws IOException, DockerIgnoreException {
        int files = Integer.getInteger("dlint.context.files", 20_000);
        long created = System.nanoTime();
        int perDir = 500;
        for (int i = 0; i < files; i++) {
            Path dir = ctx.resolve("pkg" + (i / perDir) + (i % 7 == 0 ? "/node_modules" : "/src"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("f" + i + (i % 3 == 0 ? ".log" : ".txt")), "x");
        }
        long createMillis = (System.nanoTime() - created) / 1_000_000;
        DockerIgnore ignore = DockerIgnore.parse("""
                **/node_modules
                *.md
                **/*.log
                !pkg1/src/f501.log
                build/
                **/__pycache__
                """, ".dockerignore");
        long start = System.nanoTime();
        BuildContext c = BuildContext.walk(ctx, ignore, Limits.defaults().withMaxEntries(files * 2));
        long walkMillis = (System.nanoTime() - start) / 1_000_000;
        long selectStart = System.nanoTime();
        CopySelection all = c.select(".");
        long selectMillis = (System.nanoTime() - selectStart) / 1_000_000;
        System.out.printf("context-scale: %d files created in %d ms; walked %d entries in %d ms; COPY . selected "
                + "%d files in %d ms%n", files, createMillis, c.entries().size(), walkMillis,
                all.totals().files(), selectMillis);
        assertThat(c.isTruncated()).isFalse();
        assertThat(all.outcome()).isEqualTo(CopyOutcome.SELECTED);
        long logs = 0;
        for (int i = 0; i < files; i++) {
            if (i % 7 != 0 && i % 3 == 0) {
                logs++;
            }
        }
        long expected = files - (files + 6) / 7 - logs + (files > 501 ? 1 : 0);
        assertThat(all.totals().files()).isEqualTo(expected);
        assertThat(walkMillis).as("walk of %d files", files).isLessThan(files / 1000 * 1000L + 10_000);
    }
}
