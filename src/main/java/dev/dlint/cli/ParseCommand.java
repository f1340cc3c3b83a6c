package dev.dlint.cli;

import dev.dlint.engine.Inputs;
import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.syntax.AstDump;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dlint parse --format buildkit FILE}: print the parse in BuildKit's AST dump format. */
@Command(name = "parse", description = "Print how a Dockerfile parses, in BuildKit's AST dump format.",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ParseCommand extends Subcommand {

    enum Format { BUILDKIT }

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: buildkit).")
    Format format = Format.BUILDKIT;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The Dockerfile to parse ('-' for stdin).")
    String file;

    @Override
    ExitCode execute() {
        byte[] bytes;
        try {
            bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err().println("dlint: " + file + ": " + Inputs.reason(e));
            return ExitCode.UNREADABLE_INPUT;
        }
        Dockerfile dockerfile = Dockerfiles.parse(file, bytes);
        boolean parserFailed = false;
        boolean buildFails = false;
        for (Diagnostic d : dockerfile.diagnostics()) {
            if (d.error()) {
                parserFailed |= d.parserLevel();
                buildFails = true;
                err().println(file + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": "
                        + (d.parserLevel() ? "error: " : "error (the build would fail here): ") + d.message());
            }
        }
        if (parserFailed) {
            return ExitCode.FINDINGS;
        }
        out().print(AstDump.of(dockerfile));
        out().flush();
        // The parse got through, but the build would stop at an error: not a Dockerfile a build accepts.
        return buildFails ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
