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
 * only the container port. BuildKit warns that this will become an error.
 */
@RuleInfo(summary = "An EXPOSE port names an IP address or a host port", severity = Severity.WARNING,
        category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class ExposeInvalidFormat extends InstructionRule<ExposeInstruction> implements Fixable {

    private static final String PORTS = "\\d{1,5}(-\\d{1,5})?";
    private static final String IP = "(\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+])?";

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
            if (port.literal() && harmless(port)) {
                finding.safeFix("Remove " + port.hostPrefix(), List.of(TextEdit.delete(port.hostPrefixRange())));
            }
        }
    }

    /** Whether BuildKit accepts the address and host port (then it ignores them, so removing them changes nothing). */
    private static boolean harmless(ExposedPorts.Port port) {
        if (!valid(port.hostPort()) || !valid(port.containerPort()) || !port.ip().matches(IP)) {
            return false;
        }
        return !port.containerPort().contains("-") || width(port.hostPort()) == width(port.containerPort());
    }

    /** A port or range BuildKit accepts: numbers up to 65535, the end not below the start. */
    private static boolean valid(String range) {
        return range.matches(PORTS) && width(range) >= 0 && Integer.parseInt(range.split("-")[0]) <= 65535
                && Integer.parseInt(range.substring(range.indexOf('-') + 1)) <= 65535;
    }

    private static int width(String range) {
        String[] ends = range.split("-");
        return ends.length == 1 ? 0 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]);
    }
}
