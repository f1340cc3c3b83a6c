package dev.dlint.rules.knowledge;

import dev.dlint.command.Operand;
import dev.dlint.command.OperationKind;
import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageOperation;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.VariableScope;
import dev.dlint.shell.script.Assignment;
import dev.dlint.shell.script.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The package-manager commands of a file's RUN instructions, stage by stage, for the package-manager rules: every RUN
 * of a stage and, when asked, the RUN triggers of its ONBUILD instructions (they run in images built FROM this one).
 */
public final class PackageRuns {

    /**
     * A RUN where it runs.
     *
     * @param run    the RUN, or the trigger of an ONBUILD
     * @param holder the instruction in the stage: the RUN itself, or the ONBUILD holding it
     * @param stage  the stage it belongs to
     */
    public record Site(RunInstruction run, Instruction holder, Stage stage) {
        public Site {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(stage, "stage");
        }

        /** Whether the RUN is an ONBUILD trigger. */
        public boolean trigger() {
            return holder != run;
        }
    }

    /** One package-manager command of a RUN, read by the command layer. */
    public record Use(Site site, CommandUse command, PackageOperation operation) {
        public Use {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(operation, "operation");
        }
    }

    private PackageRuns() {
    }

    /** The RUNs of every stage in file order, with the RUN triggers of ONBUILDs when {@code onbuild}. */
    public static List<Site> sites(DockerfileFacts facts, boolean onbuild) {
        List<Site> sites = new ArrayList<>();
        for (Stage stage : facts.dockerfile().stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof RunInstruction) {
                    sites.add(new Site((RunInstruction) instruction, instruction, stage));
                } else if (onbuild && instruction instanceof OnbuildInstruction) {
                    ((OnbuildInstruction) instruction).trigger().filter(RunInstruction.class::isInstance)
                            .ifPresent(t -> sites.add(new Site((RunInstruction) t, instruction, stage)));
                }
            }
        }
        return sites;
    }

    /** Every package-manager command of those RUNs, in order. */
    public static List<Use> uses(DockerfileFacts facts, boolean onbuild) {
        List<Use> uses = new ArrayList<>();
        for (Site site : sites(facts, onbuild)) {
            for (CommandUse command : facts.commands(site.run())) {
                command.packages().ifPresent(op -> uses.add(new Use(site, command, op)));
            }
        }
        return uses;
    }

    /**
     * Whether a RUN after {@code site}, in its stage or a stage built on it, installs or upgrades with {@code manager}
     * without refreshing its index earlier in that RUN: it relies on the index {@code site} left.
     */
    public static boolean laterInstallWithoutRefresh(DockerfileFacts facts, Site site, PackageManager manager) {
        boolean after = false;
        RunInstruction refreshed = null;
        for (Use use : uses(facts, false)) {
            RunInstruction run = use.site().run();
            after |= run == site.run();
            boolean built = facts.dockerfile().isBuiltOn(use.site().stage(), site.stage());
            if (!after || run == site.run() || use.operation().manager() != manager || !built) {
                continue;
            }
            OperationKind kind = use.operation().kind();
            if (kind == OperationKind.UPDATE_INDEX) {
                refreshed = run;
            } else if ((kind == OperationKind.INSTALL || kind == OperationKind.UPGRADE) && refreshed != run) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command as its front, tool and subcommand words as written, for messages: {@code apt-get install},
     * {@code python3 -m pip install}, {@code uv pip install}, {@code dnf in}.
     */
    public static String verb(CommandUse command) {
        return command.invocation().map(i -> (i.front().map(f -> f.text() + " ").orElse("") + i.spelled() + " "
                + String.join(" ", i.operands().stream().filter(Operand::subcommand).map(Operand::text).toList())).strip())
                .orElse(command.command().summary(20));
    }

    /**
     * The variables a command of a RUN sees: the ARG and ENV variables of the instruction (for a trigger, those where
     * the ONBUILD stands) and those earlier commands of the RUN set ({@code V=1}, {@code export V=1}); a value that is
     * not a plain literal leaves the variable declared without a value.
     */
    public static VariableScope scope(DockerfileFacts facts, Site site, CommandUse command) {
        VariableScope scope = facts.dockerfile().scope(site.holder());
        for (CommandUse earlier : facts.commands(site.run())) {
            if (earlier == command) {
                break;
            }
            SimpleCommand simple = earlier.command().command();
            if (simple.words().isEmpty()) {
                for (Assignment assignment : simple.assignments()) {
                    Optional<String> value = assignment.value().literal();
                    scope = value.isPresent() ? scope.with(assignment.name(), value.get()) : scope.declare(assignment.name());
                }
            } else if (earlier.is("export") && earlier.invocation().isPresent()) {
                for (Operand operand : earlier.invocation().get().operands()) {
                    int eq = operand.text().indexOf('=');
                    String name = eq > 0 ? operand.text().substring(0, eq) : "";
                    if (eq > 0 && operand.isStatic()) {
                        scope = scope.with(name, operand.text().substring(eq + 1));
                    } else if (eq > 0) {
                        scope = scope.declare(name);
                    }
                }
            }
        }
        return scope;
    }
}
