package dev.dlint.rules.dockerfile;

import dev.dlint.facts.VariableUses;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.KeyValue;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.util.List;

/**
 * An ENV pair whose value uses a variable that an earlier pair of the same ENV sets: BuildKit expands every pair with
 * the values from before the instruction, so the value gets the old one (or nothing). The unsafe fix splits the ENV
 * before the pair, which gives it the new value.
 */
@RuleInfo(summary = "An ENV value uses a variable set earlier in the same ENV, and gets its previous value",
        severity = Severity.ERROR, category = Category.CORRECTNESS, aliases = {"DL3044"})
public final class EnvReferencesSameEnv extends InstructionRule<EnvInstruction> implements Fixable {

    public EnvReferencesSameEnv() {
        super(EnvInstruction.class);
    }

    @Override
    protected void check(EnvInstruction env, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        List<KeyValue> pairs = env.pairs();
        for (int i = 1; i < pairs.size(); i++) {
            KeyValue pair = pairs.get(i);
            for (VariableUses.Reference ref : VariableUses.references(pair.value().text(), dockerfile.escape())) {
                if (pairs.subList(0, i).stream().anyMatch(p -> p.key().text().equals(ref.name()))) {
                    report(env, i, ref, context);
                    break;
                }
            }
        }
    }

    private static void report(EnvInstruction env, int i, VariableUses.Reference ref, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        KeyValue pair = env.pairs().get(i);
        String old = dockerfile.scope(env).value(ref.name()).map(v -> "its previous value '" + v + "'")
                .orElse("its value from before this ENV (empty unless the base image sets it)");
        RuleContext.FindingBuilder finding = context.report(pair.value().range(ref.start(), ref.end()), pair.key().text()
                + " uses " + ref.name() + ", which this ENV sets before it: BuildKit expands all pairs of one ENV with"
                + " the values from before the instruction, so " + ref.name() + " is " + old + " here, not the new"
                + " value. Set " + ref.name() + " in an ENV of its own before this one.");
        SourceRange previous = env.pairs().get(i - 1).range();
        SourceRange gap = new SourceRange(previous.endLine(), previous.endColumn(), pair.range().startLine(),
                pair.range().startColumn());
        String between = dockerfile.source().text().substring(dockerfile.source().offset(gap.startLine(), gap.startColumn()),
                dockerfile.source().offset(gap.endLine(), gap.endColumn()));
        String newline = dockerfile.source().text().contains("\r\n") ? "\r\n" : "\n";
        if (env.index() >= 0 && !between.contains("#")) {
            finding.unsafeFix("Start a new ENV at " + pair.key().text() + " (it then gets the new value of " + ref.name()
                    + ")", List.of(new TextEdit(gap, newline + env.keyword().text() + " ")));
        }
    }
}
