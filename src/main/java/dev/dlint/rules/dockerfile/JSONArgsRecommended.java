package dev.dlint.rules.dockerfile;

import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.StageRule;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.PlainCommand;
import java.util.List;
import java.util.Optional;

/**
 * A shell-form CMD or ENTRYPOINT while the stage (or a stage it is built FROM) has set no SHELL: the program runs
 * under {@code /bin/sh -c}. A SHELL instruction says shell form is meant, so it silences the rule, as in BuildKit;
 * so does a command that starts with {@code exec}, which hands the process over to the program.
 * A shell-form {@code HEALTHCHECK CMD} is reported too, as hadolint's DL3025 only (BuildKit does not check it).
 */
@RuleInfo(summary = "CMD or ENTRYPOINT uses shell form, so the program runs under /bin/sh and misses signals",
        severity = Severity.WARNING, category = Category.CORRECTNESS, aliases = {"DL3025"})
public final class JSONArgsRecommended extends StageRule<Boolean> implements Fixable {

    @Override
    protected Boolean start(Stage stage, DockerfileContext context) {
        return false;
    }

    @Override
    protected Boolean step(Boolean shellSet, Instruction instruction, Stage stage, DockerfileContext context) {
        if (instruction instanceof ShellInstruction || shellSet) {
            return true;
        }
        if (instruction instanceof CmdInstruction) {
            ((CmdInstruction) instruction).command().ifPresent(c -> check(instruction, c, false, context));
        } else if (instruction instanceof EntrypointInstruction) {
            ((EntrypointInstruction) instruction).command().ifPresent(c -> check(instruction, c, false, context));
        } else if (instruction instanceof HealthcheckInstruction) {
            ((HealthcheckInstruction) instruction).command().ifPresent(c -> check(instruction, c, true, context));
        }
        return false;
    }

    private void check(Instruction instruction, CommandLine command, boolean healthcheck, DockerfileContext context) {
        if (!(command instanceof CommandLine.Shell)) {
            return;
        }
        String text = ((CommandLine.Shell) command).text().text();
        if (text.startsWith("exec ")) {
            return; // the shell replaces itself with the program, which then gets the signals
        }
        Optional<String> json = PlainCommand.asJson(text);
        String name = healthcheck ? "HEALTHCHECK CMD" : instruction.name();
        String example = json.orElse("[\"executable\", \"arg\"]");
        String why = healthcheck ? "in shell form every check starts /bin/sh -c first (hadolint DL3025; BuildKit does"
                + " not check HEALTHCHECK)" : "in shell form it runs as /bin/sh -c '" + text + "', and the shell does"
                + " not pass SIGTERM on, so docker stop waits and then kills it";
        RuleContext.FindingBuilder finding = context.report(command.range(), "JSON arguments recommended for " + name
                + " to prevent unintended behavior related to OS signals: " + why + ". Write " + name + " " + example
                + (json.isEmpty() ? " (or a script that ends with exec)" : "") + ".");
        if (healthcheck) {
            finding.as("DL3025");
        }
        json.ifPresent(j -> finding.unsafeFix("Write " + name + " " + j, List.of(new TextEdit(command.range(), j))));
    }
}
