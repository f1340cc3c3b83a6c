package dev.dlint.rules.dockerfile;

import dev.dlint.facts.StageNames;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code FROM image AS Name}: a stage name with upper-case letters, which BuildKit reads in lower case anyway. */
@RuleInfo(summary = "A stage name is not lower-case", severity = Severity.STYLE, category = Category.STYLE,
        precision = Precision.VERY_HIGH)
public final class StageNameCasing extends InstructionRule<FromInstruction> implements Fixable {

    public StageNameCasing() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        if (from.stageName().isEmpty()) {
            return;
        }
        Word name = from.stageName().get();
        String lower = name.text().toLowerCase(Locale.ROOT);
        if (lower.equals(name.text())) {
            return;
        }
        List<TextEdit> edits = new ArrayList<>(List.of(new TextEdit(name.range(), lower)));
        for (StageNames.Reference reference : context.facts().stageNames().referencesTo(name.text())) {
            if (!reference.written().equals(lower)) {
                edits.add(new TextEdit(reference.range(), lower));
            }
        }
        String references = edits.size() == 1 ? "" : " and the " + (edits.size() - 1) + " place"
                + (edits.size() == 2 ? "" : "s") + " that name it";
        context.report(name.range(), "Stage name '" + name.text() + "' should be lowercase: write '" + lower
                + "'. BuildKit looks stage names up without regard to case, so FROM, COPY --from and --target keep"
                + " working.").safeFix("Rename stage " + name.text() + " to " + lower + references, edits);
    }
}
