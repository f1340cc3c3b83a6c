package dev.dlint.rules.knowledge;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.VariableScope;
import dev.dlint.shell.script.ExecutionContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code cd} commands of a RUN that WORKDIR should replace: those that change the directory for the rest of the
 * script. Not those inside a subshell, a command substitution or a function (they end with it), in a branch or a loop
 * (WORKDIR cannot say that), into a directory the RUN uses only for itself ({@link TemporaryPaths}: WORKDIR would
 * leave it in the image) or into the usual scratch places of builds (/tmp, /var/tmp, /usr/src, /usr/local/src), and
 * those going back afterwards ({@code cd -}, {@code cd ..}, {@code cd /}, {@code cd
 * "$OLDPWD"} after an earlier cd).
 */
public final class DirectoryChanges {

    /** Where builds unpack and compile what they throw away: a WORKDIR there would be odd. */
    private static final List<String> SCRATCH = List.of("/tmp", "/var/tmp", "/usr/src", "/usr/local/src");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    private static final Set<String> BACK = Set.of("-", "..", "/", "$OLDPWD", "${OLDPWD}", "~", "$HOME", "${HOME}");

    private DirectoryChanges() {
    }

    /**
     * The cd commands of the RUN's commands that WORKDIR should replace, in order.
     *
     * @param scope the RUN's ARG and ENV values, which a target such as {@code "$SRC_DIR"} is expanded with
     */
    public static List<CommandUse> replaceable(List<CommandUse> commands, VariableScope scope) {
        return commands.stream().filter(use -> replaceable(use, commands, scope)).toList();
    }

    /** The directory a cd goes to, as written after quote removal; empty for a bare {@code cd} (the home directory). */
    public static Optional<Operand> target(CommandUse cd) {
        return cd.invocation().flatMap(i -> i.operandsAfterSubcommand().stream().findFirst());
    }

    private static boolean replaceable(CommandUse use, List<CommandUse> commands, VariableScope scope) {
        if (!use.is("cd") || use.command().context().is(ExecutionContext.SUBSHELL)
                || use.command().context().is(ExecutionContext.COMMAND_SUBSTITUTION)
                || use.command().context().is(ExecutionContext.FUNCTION_BODY)
                || use.command().context().is(ExecutionContext.BRANCH)
                || use.command().context().is(ExecutionContext.LOOP_BODY)) {
            return false;
        }
        int index = commands.indexOf(use);
        String written = target(use).map(Operand::text).orElse("~");
        String target = expand(written, scope);
        if (SCRATCH.stream().anyMatch(dir -> target.equals(dir) || target.startsWith(dir + "/"))) {
            return false;
        }
        if (BACK.contains(target) && commands.subList(0, index).stream().anyMatch(c -> c.is("cd"))) {
            return false;
        }
        return !TemporaryPaths.isTemporary(written, commands, index) && !TemporaryPaths.isTemporary(target, commands,
                index);
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
