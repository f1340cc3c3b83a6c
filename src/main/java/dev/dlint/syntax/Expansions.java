package dev.dlint.syntax;

import dev.dlint.model.VariableScope;
import dev.dlint.shell.expand.LexResult;
import dev.dlint.shell.expand.LexerOptions;
import dev.dlint.shell.expand.ShellEnvironment;
import dev.dlint.shell.expand.ShellLexException;
import dev.dlint.shell.expand.ShellLexer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** BuildKit's variable expansion of one Dockerfile word (quotes removed, {@code $} expanded) in a scope. */
public final class Expansions {

    private static final ShellLexer BACKSLASH = new ShellLexer(LexerOptions.defaults());
    private static final ShellLexer BACKTICK = new ShellLexer(LexerOptions.defaults().withEscape('`'));

    private Expansions() {
    }

    /**
     * The outcome of expanding a word.
     *
     * @param value     the expanded text (the raw text when expansion failed)
     * @param unset     names referenced but not set in the scope
     * @param error     BuildKit's error message when the word cannot be expanded
     */
    public record Expanded(String value, Set<String> unset, Optional<String> error) {

        public boolean ok() {
            return error.isEmpty();
        }

        /** Whether the value is fully known: no error and no unset variable. */
        public boolean isResolved() {
            return error.isEmpty() && unset.isEmpty();
        }
    }

    public static Expanded expand(String raw, VariableScope scope, char escape) {
        if (raw.indexOf('$') < 0 && raw.indexOf('"') < 0 && raw.indexOf('\'') < 0 && raw.indexOf(escape) < 0) {
            return new Expanded(raw, Set.of(), Optional.empty());
        }
        try {
            LexResult result = lexer(escape).process(raw, scope::valueOrNull);
            return new Expanded(result.word(), Set.copyOf(result.unmatched()), Optional.empty());
        } catch (ShellLexException e) {
            return new Expanded(raw, Set.of(), Optional.of(e.reason()));
        }
    }

    /** Expands and splits into words, as BuildKit does for EXPOSE. */
    public static List<String> expandWords(String raw, VariableScope scope, char escape) {
        try {
            return lexer(escape).process(raw, scope::valueOrNull).wordTexts();
        } catch (ShellLexException e) {
            return List.of(raw);
        }
    }

    private static ShellLexer lexer(char escape) {
        return escape == '`' ? BACKTICK : BACKSLASH;
    }
}
