package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static dev.dlint.context.ContextTrees.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BuildKit's precedence: {@code <Dockerfile name>.dockerignore} beside the Dockerfile, else the context's. */
class LocateDockerIgnoreTest {

    @TempDir
    Path ctx;

    @Test
    void theDockerfileSpecificFileWins() throws IOException {
        create(ctx, "Dockerfile", "Dockerfile.dockerignore", ".dockerignore");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).hasValue(ctx.resolve("Dockerfile.dockerignore"));
    }

    @Test
    void theNameFollowsTheDockerfilesName() throws IOException {
        create(ctx, "build.Dockerfile", "build.Dockerfile.dockerignore", "Dockerfile.dockerignore", ".dockerignore");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("build.Dockerfile")))
                .hasValue(ctx.resolve("build.Dockerfile.dockerignore"));
    }

    @Test
    void theSpecificFileIsLookedForBesideTheDockerfileNotInTheContext() throws IOException {
        create(ctx, "docker/web.Dockerfile", "docker/web.Dockerfile.dockerignore", "web.Dockerfile.dockerignore",
                ".dockerignore");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("docker/web.Dockerfile")))
                .hasValue(ctx.resolve("docker/web.Dockerfile.dockerignore"));
    }

    @Test
    void aDockerignoreBesideADockerfileOutsideTheContextRootIsNotUsed() throws IOException {
        create(ctx, "docker/Dockerfile", "docker/.dockerignore", ".dockerignore");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("docker/Dockerfile"))).hasValue(ctx.resolve(".dockerignore"));
    }

    @Test
    void otherwiseTheContextsFile() throws IOException {
        create(ctx, "Dockerfile", ".dockerignore");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).hasValue(ctx.resolve(".dockerignore"));
        assertThat(DockerIgnore.locate(ctx, null)).hasValue(ctx.resolve(".dockerignore"));
    }

    @Test
    void noneAtAll() throws IOException {
        create(ctx, "Dockerfile");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).isEmpty();
    }

    @Test
    void directoriesDoNotCount() throws IOException {
        create(ctx, "Dockerfile", "Dockerfile.dockerignore/", ".dockerignore/");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).isEmpty();
    }

    @Test
    void aSymlinkCountsWhenItResolvesInsideItsDirectory() throws IOException {
        create(ctx, "Dockerfile", "ignores/web", ".dockerignore");
        link(ctx, "Dockerfile.dockerignore", "ignores/web");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).hasValue(ctx.resolve("Dockerfile.dockerignore"));
    }

    @Test
    void danglingOrEscapingSymlinksDoNotCount(@TempDir Path outside) throws IOException {
        create(ctx, "Dockerfile", ".dockerignore");
        create(outside, "real-ignore");
        link(ctx, "Dockerfile.dockerignore", outside.resolve("real-ignore").toString());
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile")))
                .as("an absolute target is resolved inside the directory, as BuildKit does").hasValue(ctx.resolve(
                        ".dockerignore"));
        Files.delete(ctx.resolve("Dockerfile.dockerignore"));
        link(ctx, "Dockerfile.dockerignore", "missing");
        assertThat(DockerIgnore.locate(ctx, ctx.resolve("Dockerfile"))).hasValue(ctx.resolve(".dockerignore"));
    }

    @Test
    void readParsesTheFoundFile() throws Exception {
        create(ctx, ".dockerignore=*.log\n!keep.log\n");
        DockerIgnore ignore = DockerIgnore.read(DockerIgnore.locate(ctx, null).orElseThrow());
        assertThat(ignore.sourceName()).isEqualTo(".dockerignore");
        assertThat(ignore.excludes("a.log")).isTrue();
        assertThat(ignore.excludes("keep.log")).isFalse();
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() throws Exception {
        Files.write(ctx.resolve(".dockerignore"), new byte[] {'a', (byte) 0xFF, '\n', 'b', '\n'});
        DockerIgnore ignore = DockerIgnore.read(ctx.resolve(".dockerignore"));
        assertThat(ignore.excludes("b")).isTrue();
        assertThat(ignore.patterns()).hasSize(2);
    }
}
