package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.report.RuleDocs;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dlint explain RULE}: prints a rule's document. */
@Command(name = "explain", description = "Print the documentation of a rule (name or alias).",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ExplainCommand extends Subcommand {

    @Parameters(paramLabel = "RULE",
            description = "A rule name (UnpinnedBaseImage), alias (DL3006, JSONArgsRecommended) or ShellCheck code.")
    String rule;

    @Override
    ExitCode execute() {
        RuleNames.Name name;
        try {
            name = new RuleNames(BuiltinRules.catalog()).resolve(rule);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        if (name.skip().isPresent()) {
            out().println(name.skip().get().note());
            out().flush();
            return ExitCode.CLEAN;
        }
        RuleMetadata meta = name.rule().orElseThrow();
        if (!name.wholeRule() && meta.name().equals(RuleNames.SHELLCHECK_RULE)) {
            out().println(name.id() + " is ShellCheck's check, reported by dlint's ShellCheck rule:"
                    + " https://www.shellcheck.net/wiki/" + name.id());
            out().println();
        }
        out().print(RuleDocs.packaged().get(meta).markdown());
        out().flush();
        return ExitCode.CLEAN;
    }
}
