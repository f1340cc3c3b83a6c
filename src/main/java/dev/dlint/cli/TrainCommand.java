package dev.dlint.cli;

import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.LintSettings;
import dev.dlint.engine.Report;
import dev.dlint.engine.Rules;
import dev.dlint.engine.Severity;
import dev.dlint.report.ReportContext;
import dev.dlint.syntax.AstDump;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Hidden: runs a representative workload once (parse, every rule, every report format) so the launcher can record
 * a class-data-sharing archive that later runs start from.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends Subcommand {

    @Override
    ExitCode execute() {
        byte[] sample;
        try (InputStream in = TrainCommand.class.getResourceAsStream("training.Dockerfile")) {
            sample = in.readAllBytes();
        } catch (IOException e) {
            return ExitCode.UNREADABLE_INPUT;
        }
        AstDump.of(Dockerfiles.parse("Dockerfile", sample));
        FileResult result = new Engine(Rules.all(), LintSettings.defaults()).lint("Dockerfile", sample);
        Report report = new Report(List.of(result), Severity.INFO);
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
