package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import java.util.Optional;
import java.util.Set;

/** curl and wget runs, and where their download goes. */
public final class Downloads {

    /** Shells that run a script they read from standard input. */
    public static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    private Downloads() {
    }

    /** Whether the command downloads to standard output: curl without an output file, wget with {@code -O -}. */
    public static boolean toStdout(CommandUse use) {
        if (use.invocation().isEmpty()) {
            return false;
        }
        Invocation inv = use.invocation().get();
        if (inv.is("curl")) {
            return inv.values("--output").stream().allMatch("-"::equals) && !inv.has("--remote-name")
                    && !inv.has("--remote-name-all") && !inv.has("--version") && !inv.has("--help");
        }
        return inv.is("wget") && inv.value("--output-document").filter("-"::equals).isPresent();
    }

    /** The URL a download fetches, as written: its first operand. */
    public static String url(CommandUse use) {
        return use.invocation().flatMap(i -> i.operandsAfterSubcommand().stream().findFirst()).map(Operand::text)
                .or(() -> use.invocation().flatMap(i -> i.value("--url"))).orElse("the URL");
    }

    /**
     * Whether a shell command runs the script it reads from standard input: {@code sh}, {@code bash -s -- args},
     * {@code sudo bash -}, not {@code bash -c '…'} nor {@code bash script.sh}.
     */
    public static boolean shellReadingStdin(CommandUse use) {
        Optional<Invocation> inv = use.invocation().filter(i -> SHELLS.contains(i.tool()));
        if (inv.isEmpty() || inv.get().command().args().stream().anyMatch(w -> w.unquoted().matches("-[a-zA-Z]*c"))) {
            return false;
        }
        boolean dashS = inv.get().command().args().stream().anyMatch(w -> w.unquoted().matches("-[a-zA-Z]*s"));
        return dashS || inv.get().operands().isEmpty() || inv.get().operands().get(0).text().equals("-");
    }

    /** Whether a shell command runs {@code -c} with a script string. */
    public static boolean shellWithScriptString(CommandUse use) {
        return use.invocation().filter(i -> SHELLS.contains(i.tool())).map(i -> i.command().args().stream()
                .anyMatch(w -> w.unquoted().matches("-[a-zA-Z]*c"))).orElse(false);
    }
}
