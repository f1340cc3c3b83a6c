package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Wrapper;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import java.util.Optional;

/**
 * A RUN command run through {@code sudo} (or {@code sudo} itself): RUN runs as the USER in effect, so sudo either
 * does nothing (as root) or needs a sudoers entry that leaves a way to root in the image. Installing the sudo package
 * ({@code apt-get install sudo}) is not flagged: there it is an argument, not a command.
 */
@RuleInfo(summary = "A RUN uses sudo instead of switching USER", severity = Severity.ERROR,
        category = Category.SECURITY, aliases = {"DL3004"}, onbuild = true)
public final class SudoInRun extends InstructionRule<RunInstruction> {

    public SudoInRun() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            Optional<Invocation> invocation = use.invocation();
            Optional<Wrapper> wrapper = invocation.flatMap(i -> i.wrappers().stream()
                    .filter(w -> w.name().equals("sudo")).findFirst());
            Optional<SourceRange> sudo = wrapper.map(w -> use.command().range(w.word()))
                    .or(() -> invocation.filter(i -> i.is("sudo")).map(i -> use.command().range(i.nameWord())));
            boolean asUser = wrapper.map(w -> w.options().stream().anyMatch(o -> o.name().equals("--user")))
                    .orElse(false);
            sudo.ifPresent(at -> context.report(at, asUser ? "`sudo -u` in a RUN to run a command as another user:"
                    + " switch with USER <name> before it (and back with USER root), or use gosu or su-exec, instead of"
                    + " keeping sudo and its sudoers rules in the image." : "`sudo` in a RUN: build steps run as the"
                    + " USER in effect, so as root sudo changes nothing, and as another user it needs a sudoers rule"
                    + " that leaves a way to root in the image. Switch with USER root before the command and USER"
                    + " <name> after it."));
        }
    }
}
