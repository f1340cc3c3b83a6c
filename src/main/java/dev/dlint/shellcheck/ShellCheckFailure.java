package dev.dlint.shellcheck;

/** ShellCheck ran but did not give a usable report (a crash, a timeout, output that is not its JSON). */
final class ShellCheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ShellCheckFailure(String message) {
        super(message);
    }
}
