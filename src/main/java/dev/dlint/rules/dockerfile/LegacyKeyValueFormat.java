package dev.dlint.rules.dockerfile;

import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.KeyValueForm;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * {@code ENV key value} or {@code LABEL key value}: the legacy form, whose value is the whole rest of the line, so
 * {@code ENV A 1 B 2} sets A to {@code 1 B 2}.
 */
@RuleInfo(summary = "ENV or LABEL uses the legacy 'key value' form instead of key=value", severity = Severity.WARNING,
        category = Category.MAINTAINABILITY, precision = Precision.VERY_HIGH)
public final class LegacyKeyValueFormat extends InstructionRule<Instruction> implements Fixable {

    public LegacyKeyValueFormat() {
        super(Instruction.class);
    }

    @Override
    protected void check(Instruction instruction, DockerfileContext context) {
        List<KeyValue> pairs = instruction instanceof EnvInstruction ? ((EnvInstruction) instruction).pairs()
                : instruction instanceof LabelInstruction ? ((LabelInstruction) instruction).pairs() : List.of();
        String name = instruction.keyword().text();
        for (KeyValue pair : pairs) {
            if (!pair.legacy()) {
                continue;
            }
            RuleContext.FindingBuilder finding = context.report(pair.key().range(), "\"" + name + " key=value\" should"
                    + " be used instead of legacy \"" + name + " key value\" format: the value is the whole rest of"
                    + " the line. Write " + name + " " + pair.key().text() + "=….");
            fix(pair, context.facts().dockerfile().source(), context.facts().dockerfile().escape()).ifPresent(edits ->
                    finding.safeFix("Write " + pair.key().text() + "=value", edits));
        }
    }

    /** {@code key value} becomes {@code key=value}, or {@code key="value"} when the value has spaces. */
    private static Optional<List<TextEdit>> fix(KeyValue pair, SourceText source, char escape) {
        if (pair.key().text().contains("\"") || pair.key().text().contains("'")) {
            return Optional.empty();
        }
        SourceRange gap = source.range(pair.key().sourceEnd(), pair.value().sourceStart());
        return KeyValueForm.of(pair.value().text(), escape).map(rewrite -> rewrite == KeyValueForm.Rewrite.AS_IS
                ? List.of(new TextEdit(gap, "="))
                : List.of(new TextEdit(gap, "=\""), TextEdit.insert(source.range(pair.value().sourceEnd(),
                        pair.value().sourceEnd()), "\"")));
    }
}
