package dev.dlint.cli;

import dev.dlint.facts.BuildContexts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dlint context [DIR]}: what each COPY/ADD of a Dockerfile sends from the build context DIR, the context's
 * largest parts, and what its {@code .dockerignore} keeps out, so a user can see why a build is slow to start.
 */
@Command(name = "context", description = "Show what each COPY/ADD sends from a build context and what "
        + ".dockerignore keeps out.", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false)
final class ContextCommand extends Subcommand {

    enum Format { TTY, JSON }

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The build context, as the last argument of docker build (default: the working directory).")
    Path directory;

    @Option(names = {"-f", "--file"}, paramLabel = "DOCKERFILE",
            description = "The Dockerfile (default: DIR/Dockerfile, as docker build reads it).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "tty or json (default: tty).")
    Format format = Format.TTY;

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage the build produces (default: the last).")
    String target;

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE", description = "Value of a build argument.")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "How many of the largest entries to list (default: 5).")
    int top = 5;

    @Override
    void validate() {
        Path dir = directory == null ? Path.of(".") : directory;
        if (!Files.isDirectory(dir)) {
            throw usageError(dir + ": not a directory");
        }
        if (top < 0) {
            throw usageError("--top must not be negative");
        }
    }

    @Override
    ExitCode execute() {
        Path dir = directory == null ? Path.of(".") : directory;
        Path dockerfile = file == null ? dir.resolve("Dockerfile") : file;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dockerfile);
        } catch (IOException e) {
            err().println("dlint: " + dockerfile + ": cannot read: "
                    + (Files.exists(dockerfile) ? String.valueOf(e.getMessage()) : "no such file"));
            return ExitCode.UNREADABLE_INPUT;
        }
        BuildArgs args;
        try {
            args = BuildArgs.parse(buildArgs);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        Dockerfile parsed = Dockerfiles.parse(dockerfile.toString(), bytes, args);
        BuildContexts contexts = BuildContexts.directory(dir);
        DockerfileFacts facts;
        try {
            facts = DockerfileFacts.of(parsed, Optional.ofNullable(target),
                    () -> contexts.forDockerfile(dockerfile.toString()));
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        ContextListing listing = ContextListing.of(facts, top).orElseThrow();
        out().print(format == Format.JSON ? listing.json() : listing.text(top));
        out().flush();
        return ExitCode.CLEAN;
    }
}
