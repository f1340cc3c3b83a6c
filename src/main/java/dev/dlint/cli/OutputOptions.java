package dev.dlint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.dlint.config.RunSettings;
import picocli.CommandLine.Option;

/** The options of {@code lint} and {@code image} that say which formats to write, where, and in colour or not. */
final class OutputOptions {

    /** Renders one format to one destination. */
    interface FormatWriter {
        void write(OutputFormat format, Writer out, boolean colored, boolean toFile) throws IOException;
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            completionCandidates = OutputFormat.Names.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: tty). Repeatable; pairs with --output.")
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the matching --format to FILE ('-' = stdout).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the tty output: ${COMPLETION-CANDIDATES} (default: auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = "--no-color", description = "Same as --color=never.")
    boolean noColor;

    /** @throws IllegalArgumentException when there are more outputs than formats */
    void validate() {
        if (outputs.size() > Math.max(1, formats.size())) {
            throw new IllegalArgumentException(
                    "more --output options (" + outputs.size() + ") than --format options (" + formats.size() + ")");
        }
    }

    /**
     * Takes the formats and colour setting of a configuration file or the environment ({@code format:},
     * {@code HADOLINT_FORMAT}, {@code no-color:}, {@code NO_COLOR}) where the command line gives none.
     *
     * @param source names where they come from, for the message about an unknown format
     * @throws IllegalArgumentException for a format name that is not one
     */
    void useUnlessGiven(RunSettings run, String source) {
        if (formats.isEmpty()) {
            for (String name : run.formats()) {
                try {
                    formats.add(OutputFormat.parse(name));
                } catch (picocli.CommandLine.TypeConversionException e) {
                    throw new IllegalArgumentException(source + ": format: " + e.getMessage());
                }
            }
        }
        if (run.noColor().orElse(false)) {
            noColor = true;
        }
    }

    /** Whether findings must not fail the run because of a chosen format (see {@link OutputFormat#findingsNeverFail}). */
    boolean findingsNeverFail() {
        return OutputFormat.findingsNeverFail(formats);
    }

    /**
     * Writes each chosen format (tty when none is) to its output, a file or {@code stdout}; returns false, after
     * saying so on {@code err}, when an output cannot be written.
     */
    boolean writeEach(PrintWriter stdout, PrintWriter err, FormatWriter writer) {
        List<OutputFormat> chosen = formats.isEmpty() ? List.of(OutputFormat.TTY) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            boolean toFile = !target.equals("-");
            boolean colored = !noColor && color.enabled(toFile);
            try {
                if (toFile) {
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(target)), StandardCharsets.UTF_8)) {
                        writer.write(chosen.get(i), w, colored, true);
                    }
                } else {
                    writer.write(chosen.get(i), stdout, colored, false);
                    stdout.flush();
                }
            } catch (IOException e) {
                err.println("dlint: cannot write " + target + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
