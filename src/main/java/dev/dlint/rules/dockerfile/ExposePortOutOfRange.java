package dev.dlint.rules.dockerfile;

import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An EXPOSE port, or a bound of a port range, above 65535: BuildKit refuses it. Ports from ARG values are resolved. */
@RuleInfo(summary = "EXPOSE names a port above 65535", severity = Severity.ERROR, category = Category.CORRECTNESS,
        aliases = {"DL3011"}, onbuild = true, precision = Precision.VERY_HIGH)
public final class ExposePortOutOfRange extends InstructionRule<ExposeInstruction> {

    private static final Pattern PORTS = Pattern.compile("(\\d+)(?:-(\\d+))?(?:/\\w*)?");
    private static final int MAX_PORT = 65535;

    public ExposePortOutOfRange() {
        super(ExposeInstruction.class);
    }

    @Override
    protected void check(ExposeInstruction expose, DockerfileContext context) {
        for (Word word : expose.ports()) {
            Optional<String> value = context.facts().value(expose, word);
            int specStart = value.map(v -> v.lastIndexOf(':') + 1).orElse(0);
            Matcher m = PORTS.matcher(value.orElse("").substring(specStart));
            if (m.matches()) {
                for (int group = 1; group <= 2; group++) {
                    String port = m.group(group);
                    if (port != null && (port.length() > 5 || Integer.parseInt(port) > MAX_PORT)) {
                        boolean verbatim = word.text().equals(value.get());
                        report(word, port, verbatim ? specStart + m.start(group) : -1,
                                group == 2 ? "ends the port range " + m.group() : "is the port", context);
                    }
                }
            }
        }
    }

    /** Reports {@code port}, at {@code at} in the word when the word is written without quotes or variables. */
    private static void report(Word word, String port, int at, String role, DockerfileContext context) {
        String written = word.text().indexOf('$') < 0 ? "" : " (" + word.text() + " with its ARG values)";
        context.report(at < 0 ? word.range() : word.range(at, at + port.length()), port + written + " " + role
                + " in EXPOSE, but ports go up to 65535 and BuildKit refuses the instruction (invalid containerPort)."
                + " Expose the port the application listens on, below 65536.");
    }
}
