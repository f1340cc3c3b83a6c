package dev.dlint.command;

import java.util.Objects;
import java.util.Set;

/**
 * A command that runs another command given on its command line ({@code sudo -u app CMD}, {@code env A=1 CMD},
 * {@code xargs -0 CMD}, {@code timeout 10 CMD}); {@link Invocations} looks through it to the command it runs.
 *
 * @param tool              the wrapper's own options (its root level must stop at the first operand)
 * @param leadingOperands   how many operands come before the command: the user of {@code gosu USER CMD}, the directory of
 *                          {@code chroot DIR CMD}, the duration of {@code timeout 10 CMD}
 * @param takesAssignments  whether {@code NAME=VALUE} words before the command set its environment ({@code env}, {@code sudo})
 * @param feedsStandardInput whether the command also gets operands from standard input ({@code xargs})
 * @param nonWrapping       canonical names of options that make the wrapper not run a command: {@code command -v},
 *                          {@code sudo -l}
 */
public record WrapperSpec(ToolSpec tool, int leadingOperands, boolean takesAssignments, boolean feedsStandardInput,
                          Set<String> nonWrapping) {
    public WrapperSpec {
        Objects.requireNonNull(tool, "tool");
        if (leadingOperands < 0) {
            throw new IllegalArgumentException("leadingOperands < 0");
        }
        nonWrapping = Set.copyOf(nonWrapping);
    }

    /** The wrapper's canonical name. */
    public String name() {
        return tool.name();
    }
}
