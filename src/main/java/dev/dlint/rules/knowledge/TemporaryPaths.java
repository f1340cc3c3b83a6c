package dev.dlint.rules.knowledge;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.shell.script.Assignment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths a RUN uses only for itself: a directory from {@code mktemp} (directly, or through a variable the RUN assigned
 * from it), or one a later {@code rm} of the same RUN removes (itself or a directory above it). Nothing such a path
 * holds reaches the image.
 */
public final class TemporaryPaths {

    private static final Pattern VARIABLE = Pattern.compile("^\"?\\$\\{?(\\w+)}?");

    private TemporaryPaths() {
    }

    /**
     * Whether {@code path}, as written in the command at {@code index} of {@code commands} (quotes removed, expansions
     * as written), is temporary.
     */
    public static boolean isTemporary(String path, List<CommandUse> commands, int index) {
        if (path.contains("mktemp")) {
            return true;
        }
        Matcher variable = VARIABLE.matcher(path);
        if (variable.find() && assignedFromMktemp(variable.group(1), commands.subList(0, index))) {
            return true;
        }
        String dir = trimSlash(path);
        for (CommandUse use : commands.subList(index + 1, commands.size())) {
            if (!use.is("rm")) {
                continue;
            }
            for (Operand operand : use.invocation().get().operandsAfterSubcommand()) {
                String removed = trimSlash(operand.text());
                if (!removed.isEmpty() && !removed.equals("/") && (dir.equals(removed) || dir.startsWith(removed + "/"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean assignedFromMktemp(String name, List<CommandUse> before) {
        for (CommandUse use : before) {
            for (Assignment assignment : use.command().command().assignments()) {
                if (assignment.name().equals(name) && assignment.value().raw().contains("mktemp")) {
                    return true;
                }
            }
            if (use.command().command().isNamed("export", "local", "declare") && use.command().command().args().stream()
                    .anyMatch(w -> w.raw().startsWith(name + "=") && w.raw().contains("mktemp"))) {
                return true;
            }
        }
        return false;
    }

    private static String trimSlash(String path) {
        String p = path.endsWith("/*") ? path.substring(0, path.length() - 2) : path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
