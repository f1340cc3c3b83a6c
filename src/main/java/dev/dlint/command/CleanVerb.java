package dev.dlint.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command that deletes part of a package manager's cache, and what it deletes.
 *
 * @param path    the subcommand path ({@code [clean]}, {@code [cache, clean]})
 * @param operand an operand the command needs for this effect ({@code all} of {@code yum clean all}), if any
 * @param option  an option it needs ({@code --force} of {@code npm cache clean --force}), if any
 * @param deletes the caches it empties; empty when it only trims them ({@code apt-get autoclean})
 */
public record CleanVerb(List<String> path, Optional<String> operand, Optional<String> option, List<CacheDirectory> deletes) {
    public CleanVerb {
        path = List.copyOf(path);
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(option, "option");
        deletes = List.copyOf(deletes);
    }

    /** Whether {@code invocation} is this command with what it needs. */
    public boolean matches(Invocation invocation, List<String> invocationPath) {
        if (!invocationPath.equals(path)) {
            return false;
        }
        if (operand.isPresent() && invocation.operandsAfterSubcommand().stream()
                .noneMatch(o -> o.text().equals(operand.get()))) {
            return false;
        }
        return option.isEmpty() || invocation.has(option.get());
    }
}
