package dev.dlint.rules.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shell-form commands that mean the same in exec form: words of plain characters (no quotes, variables, globs,
 * redirections, operators, comments or tilde), the first word a program rather than an assignment, a keyword or a
 * shell builtin.
 */
public final class PlainCommand {

    private static final String PLAIN = "[A-Za-z0-9_./:@%+,=-]+";
    private static final Set<String> SHELL_WORDS = Set.of("exec", "cd", "export", "set", "unset", "source", ".",
            "eval", "if", "then", "else", "fi", "for", "while", "until", "do", "done", "case", "esac", "function",
            "select", "time", "ulimit", "umask", "trap", "wait", "read", "alias", "shift", "return", "exit", "command",
            "builtin", "let", "declare", "local", "readonly", "typeset", "getopts", "hash", "type", "jobs", "fg", "bg");

    private PlainCommand() {
    }

    /** The exec-form JSON array for a shell-form command, or empty when the command needs the shell. */
    public static Optional<String> asJson(String shellForm) {
        List<String> words = Arrays.asList(shellForm.strip().split("[ \\t]+"));
        if (words.get(0).isEmpty() || words.get(0).contains("=") || SHELL_WORDS.contains(words.get(0))
                || words.stream().anyMatch(w -> !w.matches(PLAIN))) {
            return Optional.empty();
        }
        return Optional.of("[" + String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList()) + "]");
    }
}
