package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.InsecureSettings;

/**
 * A command, ENV or ARG that turns off TLS certificate verification ({@link InsecureSettings#tls}): whoever sits on
 * the network path can then serve the build altered files. Reported at the exact flag, setting or variable.
 */
@RuleInfo(summary = "TLS certificate verification is turned off for a download", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class TlsVerificationDisabled implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Instruction instruction : dockerfile.instructions()) {
            check(instruction, context);
            if (instruction instanceof OnbuildInstruction) {
                ((OnbuildInstruction) instruction).trigger().ifPresent(trigger -> check(trigger, context));
            }
        }
    }

    private static void check(Instruction instruction, DockerfileContext context) {
        if (instruction instanceof RunInstruction) {
            for (CommandUse use : context.facts().commands((RunInstruction) instruction)) {
                for (InsecureSettings.Hit hit : InsecureSettings.tls(use)) {
                    report(hit, context);
                }
            }
        } else if (instruction instanceof EnvInstruction) {
            for (KeyValue pair : ((EnvInstruction) instruction).pairs()) {
                InsecureSettings.tlsVariable(pair.key().text(), pair.value().text().replace("\"", "")).ifPresent(i ->
                        report(new InsecureSettings.Hit(pair.range(), "ENV " + pair.key().text(), i), context));
            }
        } else if (instruction instanceof ArgInstruction) {
            for (ArgDeclaration arg : ((ArgInstruction) instruction).declarations()) {
                if (arg.defaultValue().isEmpty()) {
                    continue; // only a --build-arg would set it
                }
                String value = arg.defaultValue().map(w -> w.text().replace("\"", "")).orElse("");
                InsecureSettings.tlsVariable(arg.name().text(), value).ifPresent(i ->
                        report(new InsecureSettings.Hit(arg.range(), "ARG " + arg.name().text(), i), context));
            }
        }
    }

    private static void report(InsecureSettings.Hit hit, DockerfileContext context) {
        context.report(hit.range(), "`" + hit.what() + "` turns off TLS certificate verification, so anyone on the"
                + " network path can serve the build altered files: " + hit.instead() + ".");
    }
}
