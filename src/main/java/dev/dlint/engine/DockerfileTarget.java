package dev.dlint.engine;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Dockerfile an image was built from and the stage that is the image ({@code --target}, else the last).
 *
 * @param path       the Dockerfile as reports name it
 * @param dockerfile the parsed file
 * @param stage      the target stage
 */
public record DockerfileTarget(String path, Dockerfile dockerfile, Stage stage) {

    public DockerfileTarget {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(stage, "stage");
    }

    /**
     * Reads and parses {@code file} and finds {@code target} (a stage name, case-insensitive as BuildKit, or a 0-based
     * stage index).
     *
     * @throws IllegalArgumentException when the file cannot be read, has no stage, or has no such stage (the
     *                                  message lists the stages)
     */
    public static DockerfileTarget read(Path file, Optional<String> target) {
        byte[] bytes;
        try {
            if (Files.size(file) > Linter.MAX_FILE_BYTES) {
                throw new IllegalArgumentException("--dockerfile " + file + ": larger than "
                        + Linter.MAX_FILE_BYTES / (1024 * 1024) + " MiB, not a Dockerfile");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--dockerfile " + file + ": cannot read it ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
        String path = Linter.display(file);
        Dockerfile dockerfile = Dockerfiles.parse(path, bytes);
        if (dockerfile.stages().isEmpty()) {
            throw new IllegalArgumentException("--dockerfile " + file + ": no FROM instruction, so no stage to match"
                    + " the image's layers with");
        }
        if (target.isEmpty()) {
            return new DockerfileTarget(path, dockerfile, dockerfile.finalStage().orElseThrow());
        }
        String wanted = target.get().toLowerCase(Locale.ROOT);
        for (Stage stage : dockerfile.stages()) {
            if (stage.name().map(wanted::equals).orElse(false)) {
                return new DockerfileTarget(path, dockerfile, stage);
            }
        }
        if (wanted.matches("\\d{1,6}") && Integer.parseInt(wanted) < dockerfile.stages().size()) {
            return new DockerfileTarget(path, dockerfile, dockerfile.stages().get(Integer.parseInt(wanted)));
        }
        String stages = dockerfile.stages().stream().map(s -> s.name().orElse(String.valueOf(s.index())))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("--target " + target.get() + ": " + path + " has no such stage (stages: "
                + stages + ")");
    }
}
