package dev.dlint.rules.dockerfile;

import dev.dlint.model.FromInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import java.util.List;
import java.util.Locale;

/**
 * {@code FROM image as name}: the {@code AS} keyword cased differently from {@code FROM}. A {@code FROM} in mixed
 * case is ConsistentInstructionCasing's business, so it is not checked here (as in BuildKit).
 */
@RuleInfo(summary = "The AS keyword of a FROM is not cased like FROM", severity = Severity.STYLE,
        category = Category.STYLE, precision = Precision.VERY_HIGH)
public final class FromAsCasing extends InstructionRule<FromInstruction> implements Fixable {

    public FromAsCasing() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        String keyword = from.keyword().text();
        boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
        boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
        if (from.asKeyword().isEmpty() || !(lower || upper)) {
            return;
        }
        Word as = from.asKeyword().get();
        String expected = lower ? "as" : "AS";
        if (!as.text().equals(expected)) {
            context.report(as.range(), "'" + as.text() + "' and '" + keyword + "' keywords' casing do not match:"
                    + " write " + expected + " to match " + keyword + ".")
                    .safeFix("Write " + expected, List.of(new TextEdit(as.range(), expected)));
        }
    }
}
