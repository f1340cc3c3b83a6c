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

    /**
     * {@code key value} becomes {@code key=value} when the value is one word, and {@code key="value"} when it has
     * spaces but no quotes or escapes (quoting would change those); the value BuildKit computes stays the same.
     */
    private static Optional<List<TextEdit>> fix(KeyValue pair, SourceText source, char escape) {
        String value = pair.value().text();
        if (pair.key().text().contains("\"") || pair.key().text().contains("'") || value.isEmpty()) {
            return Optional.empty();
        }
        TextEdit gap = new TextEdit(source.range(pair.key().sourceEnd(), pair.value().sourceStart()), "=");
        if (!hasUnquotedSpace(value, escape)) {
            return Optional.of(List.of(gap));
        }
        if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || value.indexOf(escape) >= 0) {
            return Optional.empty();
        }
        TextEdit open = new TextEdit(gap.range(), "=\"");
        TextEdit close = TextEdit.insert(source.range(pair.value().sourceEnd(), pair.value().sourceEnd()), "\"");
        return Optional.of(List.of(open, close));
    }

    /** Whether the value has whitespace outside quotes, which the key=value form would split on. */
    private static boolean hasUnquotedSpace(String value, char escape) {
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == escape && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
