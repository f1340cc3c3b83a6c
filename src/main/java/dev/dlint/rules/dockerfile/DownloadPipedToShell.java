package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.Downloads;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.shell.script.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * A download run as a script without being checked: {@code curl … | sh}, {@code wget -O- … | sudo bash -s --}, and
 * {@code sh -c "$(curl …)"}. Whatever the server sends at build time runs in the build, usually as root. Reported at
 * the shell, with the download as related location.
 */
@RuleInfo(summary = "A RUN pipes a download into a shell without verifying it", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class DownloadPipedToShell extends InstructionRule<RunInstruction> {

    public DownloadPipedToShell() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        for (CommandUse shell : commands) {
            Optional<CommandUse> download = Downloads.shellReadingStdin(shell) ? pipedFrom(shell, commands)
                    : Downloads.shellWithScriptString(shell) ? substituted(shell, commands) : Optional.empty();
            download.ifPresent(d -> context.report(shell.command().range(shell.invocation().get().nameWord()), "`"
                    + d.tool() + " " + Downloads.url(d) + "` is run by " + shell.invocation().get().spelled()
                    + " as it arrives: whatever the server sends at build time runs in the build, unverified."
                    + " Download it to a file, check it (echo \"<sha256>  install.sh\" | sha256sum -c -, or its"
                    + " signature), then run the file.").related(d.range(), "downloaded here"));
        }
    }

    /** A download to stdout earlier in the shell's pipeline. */
    private static Optional<CommandUse> pipedFrom(CommandUse shell, List<CommandUse> commands) {
        int index = shell.command().context().pipelineIndex();
        if (index <= 0) {
            return Optional.empty();
        }
        return commands.stream().filter(c -> c.command().context().pipeline().equals(shell.command().context()
                .pipeline()) && c.command().context().pipelineIndex() < index && Downloads.toStdout(c)).findFirst();
    }

    /** A download to stdout in a command substitution of the shell's words: {@code sh -c "$(curl …)"}. */
    private static Optional<CommandUse> substituted(CommandUse shell, List<CommandUse> commands) {
        SimpleCommand command = shell.command().command();
        return commands.stream().filter(c -> c.command().context().is(ExecutionContext.COMMAND_SUBSTITUTION)
                && c.command().command().start() > command.start() && c.command().command().end() <= command.end()
                && Downloads.toStdout(c)).findFirst();
    }
}
