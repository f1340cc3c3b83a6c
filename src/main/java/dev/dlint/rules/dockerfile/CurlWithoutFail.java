package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import java.util.List;

/**
 * {@code curl} that fetches a URL without {@code -f}/{@code --fail} (or {@code --fail-with-body}): on an HTTP error
 * (404, 500) curl saves the server's error page as the download and exits 0, so the build goes on with an HTML page
 * where an archive, key or script should be. Informational runs ({@code --version}, {@code --help}) and header-only
 * requests ({@code -I}) are left alone. From Henkel et al. (ICSE 2020), {@code curlUseFlagF}.
 */
@RuleInfo(summary = "curl without -f saves an HTTP error page as the download and succeeds",
        severity = Severity.WARNING, category = Category.CORRECTNESS, onbuild = true)
public final class CurlWithoutFail extends InstructionRule<RunInstruction> implements Fixable {

    public CurlWithoutFail() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.invocation().filter(CurlWithoutFail::unchecked).isEmpty()) {
                continue;
            }
            Invocation curl = use.invocation().get();
            var finding = context.report(use.command().range(curl.nameWord()), "`" + curl.spelled() + "` without -f"
                    + " (--fail) saves the server's error page when the request fails (404, 500) and exits 0, so the"
                    + " build carries on with the wrong file: add -f (`curl -fsSL`).");
            CommandEdits.afterName(use, "-f", context.facts().dockerfile().source())
                    .ifPresent(edit -> finding.unsafeFix("Add -f", List.of(edit)));
        }
    }

    private static boolean unchecked(Invocation curl) {
        return curl.is("curl") && !curl.has("--fail", "--fail-with-body", "--version", "--help", "--head", "--manual")
                && !curl.operandsAfterSubcommand().isEmpty();
    }
}
