package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.FileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reported paths are relative to the repository root, with forward slashes, whatever the working directory. */
class RepositoryPathsTest {

    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("docker/api"));
        Files.writeString(repo.resolve("docker/api/Dockerfile"), "FROM x\n");
        Files.writeString(repo.resolve("Dockerfile"), "FROM x\n");
        return repo;
    }

    @Test
    void findsTheRootFromASubdirectory() throws IOException {
        Path repo = repo();
        RepositoryPaths paths = RepositoryPaths.discover(Optional.empty(), repo.resolve("docker"));
        assertThat(paths.root()).isEqualTo(repo);
        assertThat(paths.relativize("api/Dockerfile")).isEqualTo("docker/api/Dockerfile");
        assertThat(paths.relativize("./api/../api/Dockerfile")).isEqualTo("docker/api/Dockerfile");
        assertThat(paths.relativize("../Dockerfile")).isEqualTo("Dockerfile");
        assertThat(paths.relativize(repo.resolve("Dockerfile").toString())).isEqualTo("Dockerfile");
    }

    @Test
    void aGitFileMarksAWorktreeRoot() throws IOException {
        Path worktree = Files.createDirectories(tmp.resolve("wt/sub"));
        Files.writeString(tmp.resolve("wt/.git"), "gitdir: /somewhere/else\n");
        assertThat(RepositoryPaths.findRepositoryRoot(worktree)).contains(tmp.resolve("wt"));
    }

    @Test
    void repoRootOptionWinsAndWorkingDirectoryIsTheLastResort() throws IOException {
        Path repo = repo();
        RepositoryPaths explicit = RepositoryPaths.discover(Optional.of(Path.of("docker")), repo);
        assertThat(explicit.relativize("docker/api/Dockerfile")).isEqualTo("api/Dockerfile");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        if (RepositoryPaths.findRepositoryRoot(plain).isEmpty()) {
            assertThat(RepositoryPaths.discover(Optional.empty(), plain).root()).isEqualTo(plain);
        }
    }

    @Test
    void filesOutsideTheRootKeepTheirAbsolutePath() throws IOException {
        Path repo = repo();
        Path outside = Files.writeString(tmp.resolve("Outside.Dockerfile"), "FROM x\n");
        RepositoryPaths paths = RepositoryPaths.discover(Optional.empty(), repo);
        String reported = paths.relativize(outside.toString());
        assertThat(reported).isEqualTo(outside.toRealPath().toString().replace('\\', '/'));
        assertThat(RepositoryPaths.isOutsideRoot(reported)).isTrue();
        assertThat(RepositoryPaths.isOutsideRoot("docker/api/Dockerfile")).isFalse();
    }

    @Test
    void symlinksAreReportedAsTheRealFileWhenItIsInside() throws IOException {
        Path repo = repo();
        Path link = repo.resolve("Link.Dockerfile");
        Path outsideTarget = Files.writeString(tmp.resolve("Target.Dockerfile"), "FROM x\n");
        Path outsideLink = repo.resolve("Outside.Dockerfile");
        try {
            Files.createSymbolicLink(link, repo.resolve("docker/api/Dockerfile"));
            Files.createSymbolicLink(outsideLink, outsideTarget);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        RepositoryPaths paths = RepositoryPaths.discover(Optional.empty(), repo);
        assertThat(paths.relativize("Link.Dockerfile")).isEqualTo("docker/api/Dockerfile");
        assertThat(paths.relativize("Outside.Dockerfile")).isEqualTo("Outside.Dockerfile");
    }

    @Test
    void standardInputAndMissingFilesStayNamed() throws IOException {
        RepositoryPaths paths = RepositoryPaths.discover(Optional.empty(), repo().resolve("docker"));
        assertThat(paths.relativize("-")).isEqualTo("-");
        assertThat(paths.relativize("not/there/Dockerfile")).isEqualTo("docker/not/there/Dockerfile");
    }

    @Test
    void resultsAreSortedByReportedPath() throws IOException {
        RepositoryPaths paths = RepositoryPaths.discover(Optional.empty(), repo());
        List<FileResult> sorted = paths.apply(List.of(FileResult.unreadable("b/Dockerfile", "x"),
                FileResult.unreadable("docker/api/Dockerfile", "y"), FileResult.unreadable("a/Dockerfile", "z")));
        assertThat(sorted).extracting(FileResult::path).containsExactly("a/Dockerfile", "b/Dockerfile",
                "docker/api/Dockerfile");
        assertThat(sorted.get(0).readError()).contains("z");
    }
}
