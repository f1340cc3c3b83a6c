package dev.dlint.rules.dockerfile;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.ExposedPorts;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.RunsOf;
import dev.dlint.rules.knowledge.StartCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image would run an SSH server: {@code EXPOSE 22}, or a system package manager installing openssh-server (apk's
 * {@code openssh}, which pulls it in) or dropbear, in a stage whose layers the built image ships. Build stages that
 * only hand files on are not reported, nor is an image whose service is the SSH server: its ENTRYPOINT or CMD starts
 * sshd or dropbear, or port 22 is the only port it exposes (an SSH bastion, a git-over-SSH server, an Ansible target),
 * where removing the server is not a fix.
 */
@RuleInfo(summary = "The image exposes port 22 or installs an SSH server", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class SshServerInImage implements DockerfileRule {

    private static final Set<String> SERVERS = Set.of("openssh-server", "dropbear", "openssh", "dropbear-ssh");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        if (sshIsTheService(dockerfile, context)) {
            return;
        }
        for (Stage stage : dockerfile.stages()) {
            if (!context.facts().stages().layersShip(stage)) {
                continue;
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof ExposeInstruction) {
                    for (ExposedPorts.Port port : ExposedPorts.of((ExposeInstruction) instruction, dockerfile)) {
                        if (port.containerPort().equals("22") && !port.protocol().equalsIgnoreCase("udp")) {
                            context.report(port.word().range(), "EXPOSE " + port.spec() + " advertises an SSH server: "
                                    + ADVICE);
                        }
                    }
                }
                RunsOf.run(instruction, true).ifPresent(run -> installs(run, context));
            }
        }
    }

    /** Whether the built image starts an SSH daemon, or exposes port 22 and nothing else. */
    private static boolean sshIsTheService(Dockerfile dockerfile, DockerfileContext context) {
        Optional<Stage> target = context.facts().stages().target();
        if (target.isEmpty()) {
            return false;
        }
        List<Stage> chain = dockerfile.lineage(target.get());
        boolean startsDaemon = StartCommand.of(chain).words().stream()
                .map(w -> w.substring(w.lastIndexOf('/') + 1))
                .anyMatch(DAEMONS::contains);
        List<String> ports = new ArrayList<>();
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof ExposeInstruction) {
                    ExposedPorts.of((ExposeInstruction) instruction, dockerfile)
                            .forEach(p -> ports.add(p.containerPort()));
                }
            }
        }
        return startsDaemon || !ports.isEmpty() && ports.stream().allMatch("22"::equals);
    }

    private static void installs(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            if (use.systemInstall().isEmpty()) {
                continue;
            }
            for (Operand pkg : use.packages().get().packages()) {
                String name = pkg.text().replaceAll("[=<>~].*$", "");
                if (SERVERS.contains(name) && !(name.equals("openssh") && !use.is("apk"))) {
                    String client = name.equals("openssh") ? " (apk's openssh pulls in sshd; for the client alone install"
                            + " openssh-client)" : "";
                    context.report(use.range(pkg), "Installing " + name + " puts an SSH server in the image" + client
                            + ": " + ADVICE);
                }
            }
        }
    }

    private static final Set<String> DAEMONS = Set.of("sshd", "dropbear");

    private static final String ADVICE = "a container is reached with docker exec or kubectl exec, and an SSH daemon"
            + " adds keys to manage and a way in to defend. Remove it, and run one service per container.";
}
