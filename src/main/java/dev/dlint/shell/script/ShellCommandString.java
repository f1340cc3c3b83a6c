package dev.dlint.shell.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The script passed as a string to another shell: {@code sh -c 'npm ci'}, {@code bash -euxo pipefail -c "…"},
 * {@code busybox sh -c …}, {@code su - app -c '…'}, {@code su --command=… app}, {@code runuser -l app -c …}.
 *
 * <p>The string must be static except for parameter expansions: {@code su app -c "nvm install ${NODE_VERSION}"} is taken
 * as the script {@code nvm install ${NODE_VERSION}}, whose expansion then stands for the unknown value the outer shell
 * substitutes. A string containing a command substitution is not used, since its commands run in the outer shell.
 *
 * @param word   the argument word holding the script
 * @param script the script text: the word after quote removal, expansions as written, without a {@code --command=} prefix
 */
record ShellCommandString(Word word, String script) {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");
    private static final Set<String> SWITCH_USER = Set.of("su", "runuser");
    /** Long shell options that take an argument. */
    private static final Set<String> SHELL_LONG_OPTIONS_WITH_ARGUMENT = Set.of("--rcfile", "--init-file");
    /** {@code su} options that take an argument. */
    private static final Set<String> SU_OPTIONS_WITH_ARGUMENT =
            Set.of("-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w", "--whitelist-environment", "-u", "--user");

    /** The script string of {@code command}, when it runs one given as a usable string. */
    static Optional<ShellCommandString> of(SimpleCommand command) {
        Optional<String> name = command.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Word> args = command.args();
        if (name.get().equals("busybox") && !args.isEmpty() && args.get(0).literal().filter(SHELLS::contains).isPresent()) {
            return ofShell(args.subList(1, args.size()));
        }
        if (SHELLS.contains(name.get())) {
            return ofShell(args);
        }
        if (SWITCH_USER.contains(name.get())) {
            return ofSwitchUser(args);
        }
        return Optional.empty();
    }

    private static Optional<ShellCommandString> ofShell(List<Word> args) {
        boolean commandFlag = false;
        int i = 0;
        while (i < args.size()) {
            Optional<String> arg = args.get(i).literal();
            if (arg.isEmpty()) {
                return Optional.empty();
            }
            String text = arg.get();
            if (text.equals("--")) {
                i++;
                break;
            }
            if (text.startsWith("--")) {
                i += SHELL_LONG_OPTIONS_WITH_ARGUMENT.contains(text) ? 2 : 1;
                continue;
            }
            if (text.length() > 1 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
                int skip = 0;
                for (int k = 1; k < text.length(); k++) {
                    char option = text.charAt(k);
                    if (option == 'c' && text.charAt(0) == '-') {
                        commandFlag = true;
                    } else if (option == 'o' || option == 'O') {
                        skip++;
                    }
                }
                i += 1 + skip;
                continue;
            }
            break;
        }
        return commandFlag && i < args.size() ? script(args.get(i), 0) : Optional.empty();
    }

    private static Optional<ShellCommandString> ofSwitchUser(List<Word> args) {
        for (int i = 0; i < args.size(); i++) {
            String text = args.get(i).unquoted();
            if (text.equals("--")) {
                return Optional.empty();
            }
            if (text.startsWith("--command=")) {
                return script(args.get(i), "--command=".length());
            }
            boolean shortCluster = text.length() > 1 && text.charAt(0) == '-' && text.charAt(1) != '-';
            if (text.equals("--command") || (shortCluster && text.endsWith("c"))) {
                return i + 1 < args.size() ? script(args.get(i + 1), 0) : Optional.empty();
            }
            if (SU_OPTIONS_WITH_ARGUMENT.contains(text)) {
                i++;
            }
        }
        return Optional.empty();
    }

    private static Optional<ShellCommandString> script(Word word, int prefixLength) {
        if (hasCommandSubstitution(word.parts())) {
            return Optional.empty();
        }
        String value = word.unquoted();
        return Optional.of(new ShellCommandString(word, value.substring(Math.min(prefixLength, value.length()))));
    }

    private static boolean hasCommandSubstitution(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof CommandSubstitution
                    || (part instanceof ParameterExpansion && hasCommandSubstitution(((ParameterExpansion) part).operand()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the script's characters are in {@code input}: a plain shift when the script is a verbatim slice of it, ending
     * where the word's last part ends (no escapes or quote changes inside), otherwise the whole word's span.
     */
    Positions positionsIn(String input) {
        List<WordPart> parts = word.parts();
        if (!parts.isEmpty()) {
            int end = parts.get(parts.size() - 1).end();
            int start = end - script.length();
            if (start >= word.start() && end <= input.length() && input.startsWith(script, start)) {
                return Positions.shiftedBy(start);
            }
        }
        return Positions.collapsedTo(word.start(), word.end());
    }
}
