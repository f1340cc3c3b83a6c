package dev.dlint.engine;

import dev.dlint.image.ImageFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Saves an image held by a local engine ({@code docker://}, {@code podman://}) to a temporary archive with the
 * engine's own command ({@code docker image save -o FILE NAME}), so that it can be analysed like any saved image.
 * When the command is missing or the engine does not answer, the error says how to save the image by hand.
 */
final class EngineImages {

    private static final long TIMEOUT_MINUTES = 30;
    private static final int MESSAGE_LIMIT = 300;

    private final Map<String, String> environment;

    /** @param environment the environment whose {@code PATH} finds the engine's command */
    EngineImages(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * Saves {@code input} into {@code directory} and returns the archive.
     *
     * @throws ImageFormatException when the engine cannot be reached or cannot save the image
     */
    Path save(ImageInput input, Path directory) {
        String command = input.source().userName();
        Optional<Path> executable = find(command);
        if (executable.isEmpty()) {
            throw unreachable(input, "no '" + command + "' command on PATH");
        }
        Path archive = directory.resolve("image.tar");
        List<String> argv = new ArrayList<>(List.of(executable.get().toString(), "image", "save", "-o",
                archive.toString(), input.reference()));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        String output;
        int code;
        try {
            Process process = builder.start();
            output = drain(process.getInputStream());
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw unreachable(input, command + " image save did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            code = process.exitValue();
        } catch (IOException e) {
            throw unreachable(input, "cannot run " + executable.get() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(input, "interrupted");
        }
        if (code != 0 || !Files.isRegularFile(archive)) {
            String said = firstLine(output);
            throw unreachable(input, command + " image save failed" + (said.isEmpty() ? " (exit " + code + ")"
                    : ": " + said));
        }
        return archive;
    }

    private Optional<Path> find(String command) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The one-line error for an engine that cannot give the image, naming the commands that save it. */
    static ImageFormatException unreachable(ImageInput input, String why) {
        String name = input.reference();
        return new ImageFormatException(input.display(), "cannot get the image from " + input.source().userName()
                + " (" + why + "). dlint reads saved images: save it with 'docker save -o image.tar " + name
                + "', 'podman save -o image.tar " + name + "' or 'skopeo copy docker://" + name
                + " docker-archive:image.tar', then run 'dlint image image.tar'");
    }

    private static String drain(InputStream in) throws IOException {
        byte[] head = in.readNBytes(64 * 1024);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new String(head, StandardCharsets.UTF_8);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() > MESSAGE_LIMIT ? t.substring(0, MESSAGE_LIMIT) + "…" : t;
            }
        }
        return "";
    }
}
