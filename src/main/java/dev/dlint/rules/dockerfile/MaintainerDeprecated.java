package dev.dlint.rules.dockerfile;

import dev.dlint.model.MaintainerInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Locale;

/** {@code MAINTAINER}, deprecated since Docker 1.13 in favour of the OCI authors label. */
@RuleInfo(summary = "MAINTAINER is deprecated; use the org.opencontainers.image.authors label",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, aliases = {"DL4000"},
        precision = Precision.VERY_HIGH)
public final class MaintainerDeprecated extends InstructionRule<MaintainerInstruction> implements Fixable {

    private static final String LABEL = "org.opencontainers.image.authors";

    public MaintainerDeprecated() {
        super(MaintainerInstruction.class);
    }

    @Override
    protected void check(MaintainerInstruction maintainer, DockerfileContext context) {
        RuleContext.FindingBuilder finding = context.report(maintainer.keyword().range(), "Maintainer instruction is deprecated in favor of"
                + " using label: write LABEL " + LABEL + "=\"…\" instead.");
        maintainer.maintainer().ifPresent(author -> {
            boolean lower = maintainer.keyword().text().equals(maintainer.keyword().text().toLowerCase(Locale.ROOT));
            String label = (lower ? "label " : "LABEL ") + LABEL + "=" + quoted(unquoted(author.text()),
                    context.facts().dockerfile().escape());
            SourceRange whole = maintainer.keyword().range().union(maintainer.range());
            finding.unsafeFix("Replace MAINTAINER with LABEL " + LABEL, List.of(new TextEdit(whole, label)));
        });
    }

    /** The author without one pair of surrounding quotes, which MAINTAINER keeps but nobody means. */
    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
        return quoted ? text.substring(1, text.length() - 1) : text;
    }

    /** A double-quoted LABEL value that expands to exactly {@code text}: the escape, {@code "} and {@code $} escaped. */
    static String quoted(String text, char escape) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == escape || c == '"' || c == '$') {
                out.append(escape);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
