package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.VariableScope;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandLineSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A secret on a RUN's command line ({@link CommandLineSecrets}): the image history records every RUN command, and
 * ARG values with it, so anyone who can pull the image can read it. Reported at the secret's characters; the message
 * never repeats it.
 */
@RuleInfo(summary = "A RUN passes a secret on its command line, which the image history keeps",
        severity = Severity.ERROR, category = Category.SECURITY, onbuild = true)
public final class SecretInRunCommand extends InstructionRule<RunInstruction> {

    public SecretInRunCommand() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        VariableScope scope = context.facts().dockerfile().scope(run);
        Set<String> mounted = run.mounts().stream().filter(m -> m.type().equals("secret"))
                .map(m -> m.value("env").orElse("")).collect(Collectors.toSet());
        List<CommandUse> commands = context.facts().commands(run);
        List<CommandUse> chpasswds = commands.stream().filter(c -> c.is("chpasswd")).toList();
        for (CommandUse use : commands) {
            List<CommandLineSecrets.Secret> secrets = new ArrayList<>(CommandLineSecrets.of(use, scope, mounted));
            CommandLineSecrets.chpasswd(use, chpasswds, scope, mounted).ifPresent(secrets::add);
            for (CommandLineSecrets.Secret secret : secrets) {
                context.report(secret.range(), "A secret is given as " + secret.how() + " on the command line: the"
                        + " image history records RUN commands (and the ARG values they use), so anyone who can pull"
                        + " the image can read it. Mount it for this RUN instead: RUN --mount=type=secret,id=<id>,env=<NAME>"
                        + " … \"$NAME\" (or read /run/secrets/<id>), and pass it with docker build --secret id=<id>.");
            }
        }
    }
}
