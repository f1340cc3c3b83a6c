package dev.dlint.cli;

import dev.dlint.config.Configuration;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.engine.Rules;
import dev.dlint.report.ReportContext;
import dev.dlint.syntax.AstDump;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Hidden: runs a representative workload once (parse, every rule, every report format) so the launcher can record
 * a class-data-sharing archive that later runs start from.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends Subcommand {

    /** A few lines with syntax errors and an empty continuation line, so that every reporter renders findings. */
    private static final String FINDINGS_SAMPLE = "FORM alpine\nFROM alpine:3.20\nRUN --bogus apk add \\\n\n    curl\n";

    @Override
    ExitCode execute() {
        byte[] sample;
        try (InputStream in = TrainCommand.class.getResourceAsStream("training.Dockerfile")) {
            sample = in.readAllBytes();
        } catch (IOException e) {
            return ExitCode.UNREADABLE_INPUT;
        }
        AstDump.of(Dockerfiles.parse("Dockerfile", sample));
        Engine engine = new Engine(Rules.all(), BuildArgs.none());
        FileResult result = engine.lint("Dockerfile", sample, Configuration.defaults());
        // Reports with findings load what clean reports do not (rule documents, fingerprints, fixes).
        FileResult withFindings = engine.lint("bad/Dockerfile", FINDINGS_SAMPLE.getBytes(StandardCharsets.UTF_8),
                Configuration.defaults());
        Report report = new Report(List.of(withFindings, result));
        ReportContext context = ReportContext.of(Version.current(), Rules.all().metadata());
        for (OutputFormat format : OutputFormat.values()) {
            try {
                format.reporter(context, false).write(report, Writer.nullWriter());
            } catch (IOException e) {
                return ExitCode.UNREADABLE_INPUT;
            }
        }
        return ExitCode.CLEAN;
    }
}
