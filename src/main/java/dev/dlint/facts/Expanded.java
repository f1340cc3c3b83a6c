package dev.dlint.facts;

import dev.dlint.model.VariableScope;
import dev.dlint.shell.expand.LexResult;
import dev.dlint.shell.expand.LexerOptions;
import dev.dlint.shell.expand.ShellEnvironment;
import dev.dlint.shell.expand.ShellLexException;
import dev.dlint.shell.expand.ShellLexer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Dockerfile word after BuildKit's variable expansion in one scope, with the variables it read: BuildKit's
 * {@code ProcessWordWithMatches}, which its checks on FROM lines read.
 *
 * @param value     the expanded text, quotes removed (the raw text when expansion failed)
 * @param words     the expanded text split into words, as EXPOSE splits it
 * @param matched   the variables that were set, in order of first use
 * @param unmatched the variables that were read but not set
 * @param error     BuildKit's message when the word cannot be expanded
 */
public record Expanded(String value, List<String> words, Set<String> matched, Set<String> unmatched,
                       Optional<String> error) {

    public Expanded {
        words = List.copyOf(words);
        matched = Collections.unmodifiableSet(new LinkedHashSet<>(matched));
        unmatched = Collections.unmodifiableSet(new LinkedHashSet<>(unmatched));
    }

    /** Expands {@code raw} in {@code scope} with the file's escape character. */
    public static Expanded of(String raw, VariableScope scope, char escape) {
        LexerOptions options = escape == '`' ? LexerOptions.defaults().withEscape('`') : LexerOptions.defaults();
        try {
            LexResult result = new ShellLexer(options).process(raw, scope::valueOrNull);
            return new Expanded(result.word(), result.wordTexts(), result.matched(), result.unmatched(), Optional.empty());
        } catch (ShellLexException e) {
            return new Expanded(raw, List.of(raw), Set.of(), Set.of(), Optional.of(e.reason()));
        }
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** Whether the word reads any variable, set or not. */
    public boolean readsVariables() {
        return !matched.isEmpty() || !unmatched.isEmpty();
    }
}
