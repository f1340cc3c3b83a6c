package dev.dlint.shell.script;

import java.util.List;
import java.util.Optional;

/**
 * A command with its arguments, e.g. {@code DEBIAN_FRONTEND=noninteractive apt-get install -y curl 2>/dev/null}.
 *
 * @param assignments  the variable assignments before the command name
 * @param words        the argument vector; the first word is the command name. Empty for a command made only of
 *                     assignments or redirections
 * @param redirections the redirections, wherever they were written between the words
 */
public record SimpleCommand(int start, int end, List<Assignment> assignments, List<Word> words, List<Redirection> redirections)
        implements Command {
    public SimpleCommand {
        Ranges.check(start, end);
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirections = List.copyOf(redirections);
    }

    /**
     * The command name when the first word is static, without its directory: {@code /usr/bin/apt-get} gives {@code apt-get}.
     * Empty when there is no word or the first word contains an expansion.
     */
    public Optional<String> name() {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return words.get(0).literal().map(SimpleCommand::basename);
    }

    /** Whether {@link #name()} is one of the given names. */
    public boolean isNamed(String... names) {
        Optional<String> name = name();
        if (name.isEmpty()) {
            return false;
        }
        for (String candidate : names) {
            if (candidate.equals(name.get())) {
                return true;
            }
        }
        return false;
    }

    /** The words after the command name. */
    public List<Word> args() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1);
    }
}
