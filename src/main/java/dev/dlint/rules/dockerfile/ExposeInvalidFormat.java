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

/**
 * {@code EXPOSE 127.0.0.1:8080:80} or {@code EXPOSE 8080:80}: an IP address or host port in EXPOSE, which records
 * only the container port. BuildKit warns that this will become an error. The fix removes the address and host port
 * when BuildKit accepts them (it then ignores them); when it rejects them the build fails, which the fix must not
 * change.
 */
@RuleInfo(summary = "An EXPOSE port names an IP address or a host port", severity = Severity.WARNING,
        category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class ExposeInvalidFormat extends InstructionRule<ExposeInstruction> implements Fixable {

    public ExposeInvalidFormat() {
        super(ExposeInstruction.class);
    }

    @Override
    protected void check(ExposeInstruction expose, DockerfileContext context) {
        for (ExposedPorts.Port port : ExposedPorts.of(expose, context.facts().dockerfile())) {
            if (port.ip().isEmpty() && port.hostPort().isEmpty()) {
                continue;
            }
            String kept = port.spec().substring(port.hostPrefix().length());
            RuleContext.FindingBuilder finding = context.report(port.hostPrefixRange(), "EXPOSE instruction should not"
                    + " define an IP address or host-port mapping, found '" + port.spec() + "': EXPOSE records only the"
                    + " container port, so write EXPOSE " + kept + " and publish with docker run -p " + port.spec()
                    + ". BuildKit will make this an error.");
            if (port.literal() && port.accepted()) {
                finding.safeFix("Remove " + port.hostPrefix(), List.of(TextEdit.delete(port.hostPrefixRange())));
            }
        }
    }
}
