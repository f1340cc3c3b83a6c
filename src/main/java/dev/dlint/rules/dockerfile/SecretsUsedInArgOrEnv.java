package dev.dlint.rules.dockerfile;

import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.SecretNames;
import java.util.Locale;

/**
 * An ARG or ENV in a stage whose name says it holds a secret: ARG values are recorded in the image history, ENV
 * values in its configuration. ARGs before the first FROM are not checked: only FROM lines see them, and they are
 * not recorded.
 */
@RuleInfo(summary = "An ARG or ENV name suggests a secret, whose value the image would keep",
        severity = Severity.WARNING, category = Category.SECURITY, aliases = {"DL3064"}, precision = Precision.MEDIUM)
public final class SecretsUsedInArgOrEnv implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof ArgInstruction) {
                    for (ArgDeclaration declaration : ((ArgInstruction) instruction).declarations()) {
                        check("ARG", declaration.name(), declaration.defaultValue().map(Word::text).orElse(""), context);
                    }
                } else if (instruction instanceof EnvInstruction) {
                    for (KeyValue pair : ((EnvInstruction) instruction).pairs()) {
                        check("ENV", pair.key(), pair.value().text(), context);
                    }
                }
            }
        }
    }

    private static void check(String instruction, Word key, String value, DockerfileContext context) {
        String name = key.text().replace("\"", "").replace("'", "");
        SecretNames.Match match = SecretNames.match(name, value.replace("\"", "").replace("'", "").strip());
        if (match == SecretNames.Match.NONE) {
            return;
        }
        String kept = instruction.equals("ARG") ? "ARG values are recorded in the image history"
                : "ENV values stay in the image configuration";
        RuleContext.FindingBuilder finding = context.report(key.range(), "Do not use ARG or ENV instructions for"
                + " sensitive data (" + instruction + " \"" + name + "\"): " + kept + " for anyone who can pull it."
                + " Pass the secret with RUN --mount=type=secret,id=" + name.toLowerCase(Locale.ROOT)
                + ",env=" + name + " instead" + (match == SecretNames.Match.HADOLINT
                ? " (hadolint DL3064 flags this name; BuildKit's pattern wants the secret word between underscores)."
                : "."));
        if (match == SecretNames.Match.HADOLINT) {
            finding.as("DL3064");
        }
    }
}
