package dev.dlint.rules.knowledge;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.VariableScope;
import dev.dlint.shell.script.ExecutionContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code cd} commands of a RUN that WORKDIR should replace: those that change the directory for the rest of the
 * script. Not those inside a subshell, a command substitution, a function or the background (they end with it, or
 * change nothing), in a branch or a loop (WORKDIR cannot say that), into a directory the RUN uses only for itself
 * ({@link TemporaryPaths}, also below a directory the RUN removes, reached by relative cd's: WORKDIR would leave it in
 * the image), into one of the RUN's own mounts, into the usual scratch places of builds (/tmp, /var/tmp, /usr/src,
 * /usr/local/src), into a path held in a variable the RUN sets itself (WORKDIR cannot see it), those the RUN undoes
 * with its next cd ({@code cd /u01 && jar xf … && cd -}, {@code cd sub && make && cd ..}: scoped like a subshell),
 * and those going back afterwards ({@code cd -}, {@code cd ..}, {@code cd ../..}, {@code cd /}, {@code cd "$OLDPWD"} after an earlier
 * cd).
 */
public final class DirectoryChanges {

    /** Where builds unpack and compile what they throw away: a WORKDIR there would be odd. */
    private static final List<String> SCRATCH = List.of("/tmp", "/var/tmp", "/usr/src", "/usr/local/src");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    private static final Set<String> BACK = Set.of("-", "..", "/", "$OLDPWD", "${OLDPWD}", "~", "$HOME", "${HOME}");

    /** {@code ..}, {@code ../..}, …: up the tree. */
    private static final String UP = "\\.\\.(/\\.\\.)*/?";

    private static final Set<String> PREVIOUS = Set.of("-", "$OLDPWD", "${OLDPWD}");

    private static final Set<ExecutionContext> SCOPED = Set.of(ExecutionContext.SUBSHELL,
            ExecutionContext.COMMAND_SUBSTITUTION, ExecutionContext.FUNCTION_BODY, ExecutionContext.BRANCH,
            ExecutionContext.LOOP_BODY, ExecutionContext.BACKGROUND);

    private DirectoryChanges() {
    }

    /**
     * The cd commands of the RUN's commands that WORKDIR should replace, in order.
     *
     * @param scope  the RUN's ARG and ENV values, which a target such as {@code "$SRC_DIR"} is expanded with
     * @param mounts the targets of the RUN's {@code --mount}s
     */
    public static List<CommandUse> replaceable(List<CommandUse> commands, VariableScope scope, List<String> mounts) {
        List<String> directories = directories(commands, scope);
        List<CommandUse> out = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (replaceable(i, commands, directories, scope, mounts)) {
                out.add(commands.get(i));
            }
        }
        return out;
    }

    /** The directory a cd goes to, as written after quote removal; empty for a bare {@code cd} (the home directory). */
    public static Optional<Operand> target(CommandUse cd) {
        return cd.invocation().flatMap(i -> i.operandsAfterSubcommand().stream().findFirst());
    }

    private static boolean replaceable(int index, List<CommandUse> commands, List<String> directories,
                                       VariableScope scope, List<String> mounts) {
        CommandUse use = commands.get(index);
        if (!changesDirectory(use)) {
            return false;
        }
        String written = target(use).map(Operand::text).orElse("~");
        String target = expand(written, scope);
        String resolved = directories.get(index + 1);
        if (SCRATCH.stream().anyMatch(dir -> below(target, dir) || below(resolved, dir))
                || mounts.stream().map(DirectoryChanges::normalize).anyMatch(dir -> below(resolved, dir))) {
            return false;
        }
        if ((BACK.contains(target) || target.matches(UP))
                && commands.subList(0, index).stream().anyMatch(c -> c.is("cd"))) {
            return false;
        }
        if (usesOwnVariable(written, commands.subList(0, index), scope) || undoneByNextCd(index, commands, written)) {
            return false;
        }
        return !TemporaryPaths.isTemporary(written, commands, index) && !TemporaryPaths.isTemporary(target, commands,
                index) && !removedLater(resolved, index, commands, directories, scope);
    }

    /** A cd at the top level of the script, whose directory holds for the commands after it. */
    private static boolean changesDirectory(CommandUse use) {
        return use.is("cd") && SCOPED.stream().noneMatch(c -> use.command().context().is(c));
    }

    /**
     * The directory each command runs in, by the top-level cd's before it: absolute, or relative to where the RUN
     * starts ({@code ""}); {@code "?…"} when unknown. Entry {@code i} is where command {@code i} runs, entry
     * {@code i + 1} where it leaves the script (for a cd, its resolved target).
     */
    private static List<String> directories(List<CommandUse> commands, VariableScope scope) {
        List<String> out = new ArrayList<>();
        String current = "";
        out.add(current);
        for (CommandUse use : commands) {
            if (changesDirectory(use)) {
                String target = expand(target(use).map(Operand::text).orElse("~"), scope);
                current = PREVIOUS.contains(target) || target.startsWith("~") || target.startsWith("$")
                        ? "?" + target : resolve(current, target);
            }
            out.add(current);
        }
        return out;
    }

    /** Whether the cd names a variable that the RUN assigns itself and ARG/ENV do not set. */
    private static boolean usesOwnVariable(String written, List<CommandUse> before, VariableScope scope) {
        Matcher m = VARIABLE.matcher(written);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!scope.isSet(name) && before.stream().anyMatch(use -> assigns(use, name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean assigns(CommandUse use, String name) {
        return use.command().command().assignments().stream().anyMatch(a -> a.name().equals(name))
                || use.command().command().isNamed("export", "local", "declare", "readonly", "read")
                && use.command().command().args().stream().anyMatch(w -> w.raw().equals(name)
                || w.raw().startsWith(name + "="));
    }

    /** Whether the next top-level cd goes back: {@code cd -}, {@code cd "$OLDPWD"}, or enough {@code ..} to return. */
    private static boolean undoneByNextCd(int index, List<CommandUse> commands, String written) {
        for (CommandUse later : commands.subList(index + 1, commands.size())) {
            if (!changesDirectory(later)) {
                continue;
            }
            String back = target(later).map(Operand::text).orElse("~");
            if (PREVIOUS.contains(back)) {
                return true;
            }
            String relative = normalize(written);
            if (!relative.startsWith("/") && !relative.startsWith("..") && !relative.isEmpty()
                    && back.matches(UP)) {
                return back.split("/").length >= relative.split("/").length;
            }
            return false;
        }
        return false;
    }

    /** Whether a later rm of the RUN removes the directory or one above it, each path resolved where it runs. */
    private static boolean removedLater(String directory, int index, List<CommandUse> commands,
                                        List<String> directories, VariableScope scope) {
        if (directory.startsWith("?")) {
            return false;
        }
        for (int j = index + 1; j < commands.size(); j++) {
            CommandUse use = commands.get(j);
            if (!use.is("rm") || use.invocation().isEmpty() || directories.get(j).startsWith("?")) {
                continue;
            }
            for (Operand operand : use.invocation().get().operandsAfterSubcommand()) {
                String removed = resolve(directories.get(j), expand(operand.text(), scope).replaceAll("/\\*$", ""));
                if (!removed.isEmpty() && !removed.equals("/") && below(directory, removed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code target} taken from {@code current} and normalised; relative results stay relative to the RUN's start. */
    private static String resolve(String current, String target) {
        if (target.startsWith("/") || current.startsWith("?")) {
            return target.startsWith("/") ? normalize(target) : current;
        }
        return normalize(current.isEmpty() ? target : current + "/" + target);
    }

    /** The path without {@code .}, {@code ..} that a later element cancels, and repeated or trailing slashes. */
    private static String normalize(String path) {
        boolean absolute = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && absolute)) {
                parts.addLast(part);
            }
        }
        return (absolute ? "/" : "") + String.join("/", parts);
    }

    private static boolean below(String path, String dir) {
        return !dir.isEmpty() && (path.equals(dir) || path.startsWith(dir.endsWith("/") ? dir : dir + "/"));
    }

    /** {@code $NAME} and {@code ${NAME}} replaced by the values ARG and ENV give them. */
    private static String expand(String text, VariableScope scope) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(scope.value(name).orElse(m.group())));
        }
        return m.appendTail(out).toString();
    }
}
