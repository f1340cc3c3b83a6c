package dev.dlint.shell.expand;

/**
 * Immutable settings of a {@link ShellLexer}, mirroring the fields of BuildKit's {@code shell.Lex}.
 *
 * @param escape            the escape character: {@code \} (the default) or {@code `} (set by the
 *                          {@code # escape=`} parser directive)
 * @param rawQuotes         keep quote characters in the output ({@code 'a b'} stays {@code 'a b'}),
 *                          while still honouring their grouping and literal meaning
 * @param rawEscapes        keep escape characters in the output ({@code a\ b} stays {@code a\ b})
 * @param skipProcessQuotes treat {@code '} and {@code "} as ordinary characters
 * @param skipUnsetEnv      leave references to unset variables as written ({@code $X}, {@code ${X}},
 *                          {@code ${X:-w}} …) instead of expanding them to the empty string
 */
public record LexerOptions(
        char escape,
        boolean rawQuotes,
        boolean rawEscapes,
        boolean skipProcessQuotes,
        boolean skipUnsetEnv) {

    /** Validates the escape character. */
    public LexerOptions {
        if (escape != '\\' && escape != '`') {
            throw new IllegalArgumentException("escape character must be \\ or `, not " + escape);
        }
    }

    /** Options of {@code shell.NewLex('\\')}: escape {@code \}, every flag off. */
    public static LexerOptions defaults() {
        return new LexerOptions('\\', false, false, false, false);
    }

    /**
     * Options BuildKit's parser uses to split a whole instruction line when it looks for heredoc
     * markers: escape {@code \}, quotes and escapes kept raw, unset variables kept as written.
     */
    public static LexerOptions heredocDetection() {
        return new LexerOptions('\\', true, true, false, true);
    }

    /** Returns a copy with the given escape character. */
    public LexerOptions withEscape(char newEscape) {
        return new LexerOptions(newEscape, rawQuotes, rawEscapes, skipProcessQuotes, skipUnsetEnv);
    }

    /** Returns a copy with {@code rawQuotes} set as given. */
    public LexerOptions withRawQuotes(boolean value) {
        return new LexerOptions(escape, value, rawEscapes, skipProcessQuotes, skipUnsetEnv);
    }

    /** Returns a copy with {@code rawEscapes} set as given. */
    public LexerOptions withRawEscapes(boolean value) {
        return new LexerOptions(escape, rawQuotes, value, skipProcessQuotes, skipUnsetEnv);
    }

    /** Returns a copy with {@code skipProcessQuotes} set as given. */
    public LexerOptions withSkipProcessQuotes(boolean value) {
        return new LexerOptions(escape, rawQuotes, rawEscapes, value, skipUnsetEnv);
    }

    /** Returns a copy with {@code skipUnsetEnv} set as given. */
    public LexerOptions withSkipUnsetEnv(boolean value) {
        return new LexerOptions(escape, rawQuotes, rawEscapes, skipProcessQuotes, value);
    }
}
