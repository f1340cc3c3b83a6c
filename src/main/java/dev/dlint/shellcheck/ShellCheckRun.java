package dev.dlint.shellcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One ShellCheck process over many scripts of one dialect: each script becomes a file of a temporary directory, the
 * process reads them all and writes {@code --format=json1}, whose positions are mapped back into the scripts. Several
 * runs may be started before the first is waited for, so that they use the machine's cores together.
 * SC1090 and SC1091 (a sourced file cannot be followed) are left out: the files a RUN sources are in the image, not
 * beside the Dockerfile. {@code --norc} keeps a {@code .shellcheckrc} of the working directory out of it.
 */
final class ShellCheckRun {

    static final String EXCLUDED = "SC1090,SC1091";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final Process process;
    private final List<ShellCheckInput> inputs;
    private final Map<String, ShellCheckInput> byFile;

    private ShellCheckRun(Path dir, Process process, List<ShellCheckInput> inputs, Map<String, ShellCheckInput> byFile) {
        this.dir = dir;
        this.process = process;
        this.inputs = inputs;
        this.byFile = byFile;
    }

    /** Writes the scripts and starts ShellCheck on them; {@link #results()} waits for it. */
    static ShellCheckRun start(Path executable, Dialect dialect, List<ShellCheckInput> inputs) throws IOException {
        Path dir = scriptDirectory();
        try {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--format=json1", "--norc",
                    "--shell=" + dialect.option(), "--exclude=" + EXCLUDED, "--"));
            Map<String, ShellCheckInput> byFile = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                String name = i + ".sh";
                Files.writeString(dir.resolve(name), inputs.get(i).fileText(), StandardCharsets.UTF_8);
                byFile.put(name, inputs.get(i));
                command.add(name);
            }
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(dir.resolve("out.json").toFile()).redirectError(dir.resolve("err.txt").toFile())
                    .start();
            return new ShellCheckRun(dir, process, List.copyOf(inputs), byFile);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /**
     * A new directory only this user can enter, in the system's temporary directory. Named from the process id and the
     * clock rather than by {@link Files#createTempDirectory}, whose random names cost a {@code SecureRandom} and its
     * security providers (about 10 ms of a single-file lint); {@code mkdir} fails on any existing name or link, so a
     * name taken by someone else only means the next one is tried.
     */
    private static Path scriptDirectory() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String prefix = "dlint-shellcheck-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return Files.createDirectory(tmp.resolve(prefix + Long.toHexString(System.nanoTime() + attempt)),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // taken: try another name
            } catch (UnsupportedOperationException e) {
                break; // no POSIX permissions here
            }
        }
        return Files.createTempDirectory("dlint-shellcheck");
    }

    /** Waits for the process; the comments on each input, in ShellCheck's order (every input gets an entry). */
    Map<ShellCheckInput, List<ShellCheckComment>> results() throws IOException, ShellCheckFailure {
        try {
            long seconds = 60 + inputs.size() / 20;
            boolean done;
            try {
                done = process.waitFor(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShellCheckFailure("interrupted");
            }
            if (!done) {
                throw new ShellCheckFailure("did not finish within " + seconds + " s");
            }
            int status = process.exitValue();
            if (status > 2) {
                String reason = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip().lines()
                        .findFirst().orElse("");
                throw new ShellCheckFailure("exited with status " + status + (reason.isEmpty() ? "" : ": " + reason));
            }
            Map<ShellCheckInput, List<ShellCheckComment>> results = new HashMap<>();
            for (ShellCheckInput input : inputs) {
                results.put(input, new ArrayList<>());
            }
            read(Files.readAllBytes(dir.resolve("out.json")), byFile, results);
            return results;
        } finally {
            process.destroyForcibly();
            delete(dir);
        }
    }

    /** Stops the process and removes its files, when its results are not wanted any more. */
    void abandon() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            delete(dir);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads {@code {"comments": [{file, line, endLine, column, endColumn, level, code, message, fix}, …]}}. */
    private static void read(byte[] json, Map<String, ShellCheckInput> byFile,
                             Map<ShellCheckInput, List<ShellCheckComment>> results) throws IOException, ShellCheckFailure {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ShellCheckFailure("wrote no JSON report");
            }
            Map<ShellCheckInput, ScriptPositions> positions = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("comments") || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> comment = readObject(p);
                    ShellCheckInput input = byFile.get(comment.getOrDefault("file", ""));
                    if (input != null) {
                        ScriptPositions lines = positions.computeIfAbsent(input, i -> new ScriptPositions(i.fileText()));
                        place(comment, input, lines).ifPresent(results.get(input)::add);
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ShellCheckFailure("wrote a report dlint cannot read: " + e.getOriginalMessage());
        }
    }

    private static Map<String, String> readObject(JsonParser p) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                fields.put(name, p.getValueAsString());
            }
        }
        return fields;
    }

    /**
     * The comment placed in the script. What ShellCheck reports in the appended {@code export} line is dropped, except
     * its parser's complaints about the end of the file (an unclosed {@code if}), which move to the script's end.
     */
    private static Optional<ShellCheckComment> place(Map<String, String> fields, ShellCheckInput input,
                                                     ScriptPositions positions) {
        int length = input.script().length();
        int start = positions.offset(number(fields, "line"), number(fields, "column"));
        int end = positions.offset(number(fields, "endLine"), number(fields, "endColumn"));
        String code = "SC" + fields.getOrDefault("code", "0");
        if (start >= length && !code.startsWith("SC1") && length > 0) {
            return Optional.empty();
        }
        start = Math.min(start, length);
        end = Math.max(start, Math.min(end, length));
        return Optional.of(new ShellCheckComment(code, fields.getOrDefault("level", "warning"),
                fields.getOrDefault("message", ""), start, end));
    }

    private static int number(Map<String, String> fields, String name) {
        try {
            return Integer.parseInt(fields.getOrDefault(name, "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
