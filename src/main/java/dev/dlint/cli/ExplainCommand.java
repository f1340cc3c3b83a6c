package dev.dlint.cli;

import dev.dlint.engine.RuleMetadata;
import dev.dlint.engine.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dlint explain RULE}: prints a rule's document. */
@Command(name = "explain", description = "Print the documentation of a rule (name or alias).",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ExplainCommand extends Subcommand {

    @Parameters(paramLabel = "RULE", description = "A rule name (UnpinnedBaseImage) or alias (DL3006).")
    String rule;

    @Override
    ExitCode execute() {
        Optional<RuleMetadata> found = Rules.all().find(rule);
        if (found.isEmpty()) {
            throw usageError("unknown rule '" + rule + "' (see 'dlint rules')");
        }
        String name = found.get().name();
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/dev/dlint/rules/docs/" + name + ".md")) {
            if (in == null) {
                out().println(name + ": " + found.get().summary());
            } else {
                out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            err().println("dlint: cannot read the documentation of " + name + ": " + e.getMessage());
            return ExitCode.UNREADABLE_INPUT;
        }
        out().flush();
        return ExitCode.CLEAN;
    }
}
