package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.shell.script.Redirection;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Word;
import java.util.List;
import java.util.regex.Pattern;

/**
 * APT settings that change what {@code apt-get install} does, given on its command line ({@code -o
 * APT::Install-Recommends=false}) or written by the Dockerfile into an apt.conf file before it
 * ({@code echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends}).
 */
public final class AptSettings {

    private static final Pattern RECOMMENDS_OFF = Pattern.compile(
            "(?i)APT::Install-Recommends\\s*=?\\s*\"?(false|0|no|off)\"?");

    private AptSettings() {
    }

    /** Whether the command's own {@code -o}/{@code --option} turns recommends off. */
    public static boolean recommendsOff(Invocation apt) {
        return apt.values("--option", "-o").stream().anyMatch(v -> RECOMMENDS_OFF.matcher(v.strip()).matches());
    }

    /**
     * Whether a command before this one, in its RUN or an earlier RUN of its stage or the stages it is built FROM,
     * writes a setting turning recommends off into a file below /etc/apt; for an ONBUILD trigger, earlier triggers
     * count too.
     */
    public static boolean recommendsOffBefore(DockerfileFacts facts, PackageRuns.Use use) {
        for (Stage stage : facts.dockerfile().lineage(use.site().stage())) {
            for (Instruction instruction : stage.instructions()) {
                boolean own = instruction == use.site().holder();
                RunInstruction run = own ? use.site().run() : runOf(instruction, use.site());
                for (CommandUse command : run == null ? List.<CommandUse>of() : facts.commands(run)) {
                    if (command == use.command()) {
                        return false;
                    }
                    if (writesRecommendsOff(command)) {
                        return true;
                    }
                }
                if (own) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * The RUN an instruction runs before the command: a RUN, or for a command in an ONBUILD trigger also the RUN
     * triggers of earlier ONBUILDs (those of a parent stage run first in the stages built FROM it).
     */
    private static RunInstruction runOf(Instruction instruction, PackageRuns.Site site) {
        if (instruction instanceof RunInstruction) {
            return (RunInstruction) instruction;
        }
        if (site.trigger() && instruction instanceof OnbuildInstruction) {
            return ((OnbuildInstruction) instruction).trigger().filter(RunInstruction.class::isInstance)
                    .map(RunInstruction.class::cast).orElse(null);
        }
        return null;
    }

    /** {@code echo '…' > /etc/apt/apt.conf.d/x}, or {@code echo '…' | tee /etc/apt/apt.conf.d/x}. */
    private static boolean writesRecommendsOff(CommandUse command) {
        SimpleCommand source = command.command().command();
        if (command.is("tee")) {
            source = command.command().context().pipedFrom().filter(c -> c instanceof SimpleCommand)
                    .map(c -> (SimpleCommand) c).orElse(source);
        }
        if (source.args().stream().map(Word::unquoted).noneMatch(a -> RECOMMENDS_OFF.matcher(a).find())) {
            return false;
        }
        for (Redirection redirection : command.command().command().redirections()) {
            if (redirection.target() != null && redirection.target().unquoted().startsWith("/etc/apt")) {
                return true;
            }
        }
        return command.is("tee") && command.invocation().map(Invocation::operands).orElse(List.of()).stream()
                .map(Operand::text).anyMatch(t -> t.startsWith("/etc/apt"));
    }
}
