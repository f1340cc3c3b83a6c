package dev.dlint.facts;

import dev.dlint.command.Invocation;
import dev.dlint.command.Invocations;
import dev.dlint.command.Operand;
import dev.dlint.command.OperationKind;
import dev.dlint.command.Option;
import dev.dlint.command.PackageOperation;
import dev.dlint.command.Span;
import dev.dlint.model.RunCommand;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One command a RUN executes, read once: the command in its script, the tool invocation it makes (wrappers
 * unwrapped, options and operands with their places) and, for a package manager, the operation. Spans of the command
 * layer map to exact Dockerfile ranges here.
 *
 * @param command    the command as the shell parser found it
 * @param invocation the tool run; empty for an assignment-only command or a command name that is an expansion
 * @param packages   the package-manager operation, when the tool is a package manager
 */
public record CommandUse(RunCommand command, Optional<Invocation> invocation, Optional<PackageOperation> packages) {

    private static final Set<String> SYSTEM = Set.of("apt", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper");

    static CommandUse of(RunCommand command) {
        Optional<Invocation> invocation = Invocations.parse(command.command());
        return new CommandUse(command, invocation, invocation.flatMap(PackageOperation::classify));
    }

    /** The tool's canonical name ({@code pip} for {@code python3 -m pip}), or empty. */
    public String tool() {
        return invocation.map(Invocation::tool).orElse("");
    }

    public boolean is(String... tools) {
        String tool = tool();
        for (String candidate : tools) {
            if (candidate.equals(tool)) {
                return true;
            }
        }
        return false;
    }

    /** The packages a system package manager (apt, apk, yum, dnf, microdnf, tdnf, zypper) installs here, if it does. */
    public Optional<List<String>> systemInstall() {
        return packages.filter(p -> p.kind() == OperationKind.INSTALL && SYSTEM.contains(p.manager().name()))
                .map(p -> p.packages().stream().map(Operand::text).toList());
    }

    /** Whether a system package manager removes packages here ({@code apt-get purge}, {@code apk del}, …). */
    public boolean isSystemRemoval() {
        return packages.filter(p -> p.kind() == OperationKind.REMOVE && SYSTEM.contains(p.manager().name())).isPresent();
    }

    /** Whether the tool is a system package manager. */
    public boolean isSystemPackageManager() {
        return packages.filter(p -> SYSTEM.contains(p.manager().name())).isPresent();
    }

    /** The source range of a span of the command's script. */
    public SourceRange range(Span span) {
        return command.script().range(span.start(), span.end());
    }

    public SourceRange range(Option option) {
        return range(option.span());
    }

    public SourceRange range(Operand operand) {
        return range(operand.span());
    }

    /** The whole command's range. */
    public SourceRange range() {
        return command.range();
    }
}
