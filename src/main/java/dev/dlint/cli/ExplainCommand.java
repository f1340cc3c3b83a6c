package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.report.RuleDocs;
import dev.dlint.rule.RuleMetadata;
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
        Optional<RuleMetadata> found = BuiltinRules.catalog().find(rule);
        if (found.isEmpty()) {
            throw usageError("unknown rule '" + rule + "' (see 'dlint rules')");
        }
        out().print(RuleDocs.packaged().get(found.get()).markdown());
        out().flush();
        return ExitCode.CLEAN;
    }
}
