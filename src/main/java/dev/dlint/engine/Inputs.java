package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import dev.dlint.config.Configuration;
import dev.dlint.text.BoundedFiles;
import dev.dlint.text.TextBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the inputs of a run: files, directories searched for Dockerfiles, and {@code -} for standard input, each with
 * the configuration that applies to it. An input that cannot be read is handed on with its reason, so the others are
 * still processed. {@link Linter} lints what this reads; {@link Fixer} fixes it.
 */
public final class Inputs {

    /** Larger inputs are refused rather than risking the memory of a pre-commit hook. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * One input.
     *
     * @param name   the path to report (as given, normalized), or the {@code --stdin-filename}
     * @param file   the file on disk; empty for standard input
     * @param bytes  the content; empty when it could not be read
     * @param error  why it could not be read
     * @param config the configuration for this input
     * @param notText why the content is not text (then also the {@code error}), or empty
     */
    public record Input(String name, Optional<Path> file, Optional<byte[]> bytes, Optional<String> error,
                        Configuration config, Optional<String> notText) {

        /** Bytes that were read: unreadable, with the reason, when they are not text. */
        static Input read(String name, Optional<Path> file, byte[] bytes, Configuration config) {
            Optional<String> notText = TextBytes.whyNotText(bytes);
            if (notText.isPresent()) {
                return new Input(name, file, Optional.empty(), notText, config, notText);
            }
            return new Input(name, file, Optional.of(bytes), Optional.empty(), config, Optional.empty());
        }

        static Input unreadable(String name, Optional<Path> file, String reason, Configuration config) {
            return new Input(name, file, Optional.empty(), Optional.of(reason), config, Optional.empty());
        }

        /** Whether the input came from standard input. */
        public boolean isStdin() {
            return file.isEmpty();
        }
    }

    /** Receives the inputs one by one, in order. */
    public interface Visitor {
        void visit(Input input) throws ConfigException;
    }

    /** Receives one line for each file found in a directory but skipped because it is not text. */
    public interface Notes {
        void skipped(String name, String reason);
    }

    private final ConfigResolver configs;

    public Inputs(ConfigResolver configs) {
        this.configs = configs;
    }

    /**
     * Reads each of {@code paths} in order and hands it to {@code visitor}; a directory hands on every Dockerfile
     * found below it ({@link DockerfileFinder}), except files that are not text, which go to {@code notes}. A
     * directory that yields nothing to lint is handed on as an unreadable input, so the run fails: a mistyped path in
     * a CI job must not pass.
     *
     * @param stdin     standard input, read for {@code -}
     * @param stdinName the path to report for standard input (and to find its configuration by)
     * @throws ConfigException when a configuration file that applies is invalid
     */
    public void read(Iterable<String> paths, InputStream stdin, String stdinName, Visitor visitor, Notes notes)
            throws ConfigException {
        for (String path : paths) {
            if (path.equals("-")) {
                visitor.visit(readStdin(stdin, stdinName));
                continue;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                java.util.List<Path> found;
                try {
                    found = DockerfileFinder.find(p);
                } catch (IOException e) {
                    visitor.visit(Input.unreadable(display(p), Optional.of(p), reason(e), configs.forFile(p)));
                    continue;
                }
                int linted = 0;
                for (Path file : found) {
                    Input input = readFile(file, display(file));
                    if (input.notText().isPresent()) {
                        notes.skipped(input.name(), input.notText().get());
                    } else {
                        visitor.visit(input);
                        linted++;
                    }
                }
                if (linted == 0) {
                    visitor.visit(Input.unreadable(display(p), Optional.of(p), (found.isEmpty()
                            ? "no Dockerfile found in this directory (looked for "
                            + DockerfileFinder.NAMES_DESCRIPTION + ")"
                            : "no text Dockerfile in this directory (" + found.size() + " skipped as not text)"),
                            configs.forFile(p)));
                }
            } else {
                visitor.visit(readFile(p, display(p)));
            }
        }
    }

    private Input readStdin(InputStream stdin, String name) throws ConfigException {
        Configuration config = configs.forFile(name.equals("-") ? null : Path.of(name));
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return Input.unreadable(name, Optional.empty(), "input is larger than " + MAX_FILE_BYTES + " bytes", config);
            }
            return Input.read(name, Optional.empty(), bytes, config);
        } catch (IOException e) {
            return Input.unreadable(name, Optional.empty(), reason(e), config);
        }
    }

    private Input readFile(Path file, String name) throws ConfigException {
        Configuration config = configs.forFile(file);
        Optional<Path> where = Optional.of(file);
        try {
            if (!Files.exists(file)) {
                return Input.unreadable(name, where, "no such file or directory", config);
            }
            if (!Files.isRegularFile(file)) {
                return Input.unreadable(name, where, "not a regular file", config);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return Input.unreadable(name, where, "file is " + size + " bytes, larger than the " + MAX_FILE_BYTES
                        + "-byte limit", config);
            }
            return Input.read(name, where, BoundedFiles.read(file, MAX_FILE_BYTES), config);
        } catch (BoundedFiles.TooLargeException e) {
            return Input.unreadable(name, where, "file is larger than the " + MAX_FILE_BYTES + "-byte limit", config);
        } catch (IOException e) {
            return Input.unreadable(name, where, reason(e), config);
        }
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** A one-line reason for an I/O failure. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
