package dev.dlint.facts;

import dev.dlint.model.ShellInstruction;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shell that runs the shell-form commands of an instruction: the argv of the {@code SHELL} in effect (inherited
 * through {@code FROM <stage>}), {@code /bin/sh -c} by default, {@code cmd /S /C} on a Windows base image.
 *
 * @param argv        the shell and its options, the command string left out: {@code [/bin/bash, -o, pipefail, -c]}
 * @param instruction the SHELL instruction that set it, in this stage or a stage it is built on; empty for the default
 * @param pragma      set when a {@code # hadolint shell=…} comment chose the shell, not a SHELL instruction
 */
public record ShellInEffect(List<String> argv, Optional<ShellInstruction> instruction, boolean pragma) {

    private static final Set<String> POSIX = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ksh", "mksh", "ash", "busybox");

    /** {@code /bin/sh -c}. */
    public static final ShellInEffect DEFAULT = new ShellInEffect(List.of("/bin/sh", "-c"), Optional.empty(), false);

    /** {@code cmd /S /C}, the default of Windows images. */
    public static final ShellInEffect WINDOWS = new ShellInEffect(List.of("cmd", "/S", "/C"), Optional.empty(), false);

    public ShellInEffect {
        argv = List.copyOf(argv);
        Objects.requireNonNull(instruction, "instruction");
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a shell needs an executable");
        }
    }

    /** The executable's name without directory and {@code .exe}, lower-cased: {@code bash}, {@code pwsh}, {@code cmd}. */
    public String name() {
        String path = argv.get(0);
        String base = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        return base.endsWith(".exe") ? base.substring(0, base.length() - 4) : base;
    }

    /** Whether it is a POSIX-style shell (sh, bash, dash, ash, zsh, ksh, mksh, busybox). */
    public boolean isPosix() {
        return POSIX.contains(name());
    }

    /** Whether it is PowerShell or cmd. */
    public boolean isWindows() {
        return name().startsWith("pwsh") || name().startsWith("powershell") || name().equals("cmd");
    }

    /** Whether the shell knows {@code -o pipefail} (dash and POSIX sh do not). */
    public boolean supportsPipefail() {
        return PIPEFAIL_SHELLS.contains(name());
    }

    /**
     * Whether the options turn pipefail on: {@code -o pipefail}, also in a cluster that ends in {@code o}
     * ({@code -eo pipefail}, {@code -euxo pipefail}), and only in a shell that knows the option.
     */
    public boolean hasPipefail() {
        if (!supportsPipefail()) {
            return false;
        }
        for (int i = 1; i + 1 < argv.size(); i++) {
            String option = argv.get(i);
            if (option.matches("-[a-zA-Z]*o") && argv.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
