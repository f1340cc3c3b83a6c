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

    /** What a format writes, or what a file name says it holds. */
    private enum Syntax {
        JSON("JSON"), SARIF("SARIF"), XML("XML"), TEXT("text"), UNKNOWN("");

        private final String label;

        Syntax(String label) {
            this.label = label;
        }
    }

    /**
     * Pairs the formats with the outputs: with no {@code --format}, {@code -o x.json} / {@code x.sarif} choose the
     * format by the extension; a format whose content contradicts the file's extension, and more than one format to
     * standard output, are refused.
     *
     * @throws IllegalArgumentException for the usage error
     */
    void validate() {
        if (outputs.size() > Math.max(1, formats.size())) {
            throw new IllegalArgumentException(
                    "more --output options (" + outputs.size() + ") than --format options (" + formats.size() + ")");
        }
        if (formats.isEmpty() && outputs.size() == 1) {
            String file = outputs.get(0);
            switch (fileSyntax(file)) {
                case JSON -> formats = new ArrayList<>(List.of(OutputFormat.JSON));
                case SARIF -> formats = new ArrayList<>(List.of(OutputFormat.SARIF));
                case XML -> throw new IllegalArgumentException("--output " + file + ": say which XML format with"
                        + " --format junit or --format checkstyle");
                default -> { } // the default format, tty, without colour
            }
        }
        List<String> toStdout = new ArrayList<>();
        List<OutputFormat> chosen = formats.isEmpty() ? List.of(OutputFormat.TTY) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            OutputFormat format = chosen.get(i);
            if (target.equals("-")) {
                toStdout.add(format.userName());
                continue;
            }
            Syntax file = fileSyntax(target);
            Syntax content = syntax(format);
            boolean sarifInJson = file == Syntax.JSON && content == Syntax.SARIF;
            if (file != Syntax.UNKNOWN && content != Syntax.UNKNOWN && file != content && !sarifInJson) {
                throw new IllegalArgumentException("--output " + target + " is a " + file.label
                        + " file name, but --format " + format.userName() + " writes " + content.label
                        + "; choose a " + file.label + " format or another file name");
            }
        }
        if (toStdout.size() > 1) {
            throw new IllegalArgumentException("more than one format to standard output (" + String.join(", ", toStdout)
                    + "); write all but one to files: --format F --output FILE, in pairs");
        }
    }

    /** What a file's extension says it holds. */
    private static Syntax fileSyntax(String file) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return Syntax.SARIF;
        }
        if (name.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (name.endsWith(".xml")) {
            return Syntax.XML;
        }
        if (name.endsWith(".txt") || name.endsWith(".log")) {
            return Syntax.TEXT;
        }
        return Syntax.UNKNOWN;
    }

    /** What a format writes; formats not listed here are not checked against file names. */
    private static Syntax syntax(OutputFormat format) {
        return switch (format) {
            case JSON, HADOLINT_JSON, GITLAB, CODECLIMATE, CODACY, SONARQUBE -> Syntax.JSON;
            case SARIF -> Syntax.SARIF;
            case CHECKSTYLE, JUNIT -> Syntax.XML;
            case TTY, GNU, GITHUB, COMPACT -> Syntax.TEXT;
            default -> Syntax.UNKNOWN;
        };
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
