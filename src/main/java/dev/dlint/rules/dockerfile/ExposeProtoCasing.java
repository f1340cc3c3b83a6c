package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ExposedPorts;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import java.util.List;
import java.util.Locale;

/** {@code EXPOSE 80/TCP}: a protocol not in lower case (BuildKit lower-cases it when it records the port). */
@RuleInfo(summary = "The protocol of an EXPOSE port is not lower-case", severity = Severity.STYLE,
        category = Category.STYLE, precision = Precision.VERY_HIGH)
public final class ExposeProtoCasing extends InstructionRule<ExposeInstruction> implements Fixable {

    public ExposeProtoCasing() {
        super(ExposeInstruction.class);
    }

    @Override
    protected void check(ExposeInstruction expose, DockerfileContext context) {
        for (ExposedPorts.Port port : ExposedPorts.of(expose, context.facts().dockerfile())) {
            String protocol = port.protocol();
            String lower = protocol.toLowerCase(Locale.ROOT);
            if (protocol.equals(lower) || !ExposedPorts.PROTOCOLS.contains(lower)) {
                continue;
            }
            String fixed = port.spec().substring(0, port.spec().length() - protocol.length()) + lower;
            RuleContext.FindingBuilder finding = context.report(port.protocolRange(), "Defined protocol '"
                    + port.spec() + "' in EXPOSE instruction should be lowercase: write " + fixed + ".");
            if (port.literal()) {
                finding.safeFix("Write " + fixed, List.of(new TextEdit(port.protocolRange(), lower)));
            }
        }
    }
}
