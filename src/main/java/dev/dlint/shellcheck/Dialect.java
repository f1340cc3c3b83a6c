package dev.dlint.shellcheck;

import java.util.Locale;
import java.util.Optional;

/** The shell dialects ShellCheck checks ({@code --shell=…}). */
public enum Dialect {
    SH, BASH, DASH, KSH;

    /** The value of ShellCheck's {@code --shell} option. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dialect to check a script run by the shell {@code name} (a basename: {@code bash}, {@code sh}) with: ash and
     * BusyBox are checked as POSIX sh, mksh as ksh; empty for shells ShellCheck does not know (zsh, fish, PowerShell,
     * cmd, anything else).
     */
    public static Optional<Dialect> forShell(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "sh":
            case "ash":
            case "busybox":
                return Optional.of(SH);
            case "bash":
                return Optional.of(BASH);
            case "dash":
                return Optional.of(DASH);
            case "ksh":
            case "mksh":
                return Optional.of(KSH);
            default:
                return Optional.empty();
        }
    }
}
