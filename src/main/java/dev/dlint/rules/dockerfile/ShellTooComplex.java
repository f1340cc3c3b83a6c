package dev.dlint.rules.dockerfile;

import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.shell.script.ShellSyntaxError;

/**
 * A part of a RUN script dlint did not analyse because it passed a limit: a {@code $( )}, {@code ${ }} or backquote
 * nested more than 200 levels deep (the part is skipped, the commands around it are still analysed), or a script
 * whose parse needed more work than its length justifies (the rest of it is skipped). Reported so that a file cannot
 * pass the other rules by hiding commands behind nesting.
 */
@RuleInfo(summary = "A part of a RUN script is nested too deeply or too complex for dlint to analyse",
        severity = Severity.INFO, category = Category.CORRECTNESS, precision = Precision.VERY_HIGH, onbuild = true)
public final class ShellTooComplex extends InstructionRule<RunInstruction> {

    public ShellTooComplex() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (ShellScript script : run.shell().scripts()) {
            int length = script.text().text().length();
            for (ShellSyntaxError error : script.parsed().errors()) {
                if (!error.limit()) {
                    continue;
                }
                int start = Math.min(error.offset(), length);
                int end = Math.max(start, Math.min(error.end(), length));
                boolean rest = error.end() == Integer.MAX_VALUE;
                String what = rest
                        ? "From here on the script is " + (error.message().startsWith("nesting")
                                ? "nested more than 200 levels deep" : "too complex to parse within dlint's work budget")
                                + ", so dlint did not analyse it or anything after it"
                        : "This part of the script is nested more than 200 levels deep, so dlint did not analyse it"
                                + " (the commands around it are analysed)";
                context.report(script.text().range(start, end), what + ": no rule sees the commands inside. Real"
                        + " scripts stay far below the limit; split it into simpler commands or a script file.");
            }
        }
    }
}
