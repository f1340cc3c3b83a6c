package dev.dlint.facts;

import dev.dlint.context.DockerIgnore;
import dev.dlint.context.DockerIgnoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code .dockerignore} a build of a Dockerfile would use, taking the Dockerfile's directory as the build
 * context (what {@code docker build .} next to it does): {@code <name>.dockerignore} beside the Dockerfile first,
 * else {@code .dockerignore} in the directory. A Dockerfile read from standard input, or not on disk, has none; so
 * has one whose ignore file cannot be read or that BuildKit would reject (the build fails on it first).
 */
final class IgnoreFiles {

    private IgnoreFiles() {
    }

    static Optional<DockerIgnore> near(String dockerfilePath) {
        Path dockerfile;
        try {
            dockerfile = Path.of(dockerfilePath);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(dockerfile)) {
            return Optional.empty();
        }
        Path directory = dockerfile.toAbsolutePath().getParent();
        Optional<Path> ignoreFile = DockerIgnore.locate(directory, dockerfile);
        if (ignoreFile.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DockerIgnore.read(ignoreFile.get()));
        } catch (IOException | DockerIgnoreException e) {
            return Optional.empty();
        }
    }
}
