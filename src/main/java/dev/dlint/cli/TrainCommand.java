package dev.dlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Hidden: runs representative command lines once so the launcher can record a class-data-sharing archive that later
 * runs start from. It goes through the real entry point (option parsing, file reading, configuration discovery,
 * parsing, every rule, every report format) on a clean and a faulty Dockerfile in a temporary folder, with all
 * output discarded.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends Subcommand {

    /** A few lines with syntax errors and an empty continuation line, so that every reporter renders findings. */
    private static final String FINDINGS_SAMPLE = "FORM alpine\nFROM alpine:3.20\nRUN --bogus apk add \\\n\n    curl\n"
            + "FROM node\nCOPY . /app\nRUN npm ci && chown -R node /app\n";

    @Override
    ExitCode execute() {
        Path dir = null;
        try (InputStream in = TrainCommand.class.getResourceAsStream("training.Dockerfile")) {
            dir = Files.createTempDirectory("dlint-train");
            Path clean = dir.resolve("Dockerfile");
            Path faulty = dir.resolve("bad.Dockerfile");
            Files.write(clean, in.readAllBytes());
            Files.writeString(faulty, FINDINGS_SAMPLE, StandardCharsets.UTF_8);
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            run(discard, "--no-fail", "--no-color", clean.toString(), faulty.toString());
            for (OutputFormat format : OutputFormat.values()) {
                run(discard, "lint", "--no-fail", "--format", format.name().toLowerCase(java.util.Locale.ROOT),
                        clean.toString(), faulty.toString());
            }
            run(discard, "parse", "--format", "buildkit", clean.toString());
            run(discard, "rules");
            return ExitCode.CLEAN;
        } catch (IOException e) {
            return ExitCode.UNREADABLE_INPUT;
        } finally {
            delete(dir);
        }
    }

    private static void run(PrintWriter discard, String... args) {
        Main.run(args, discard, discard);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a left-over temporary folder is harmless
        }
    }
}
