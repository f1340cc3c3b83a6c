package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * Parses POSIX {@code sh} source (the dash/bash common subset, plus the bash forms common in Dockerfiles such as
 * {@code [[ … ]]}, {@code $'…'}, {@code &>} and {@code function f { … }}) into a {@link ParsedScript}.
 *
 * <p>The input is typically a {@code RUN} instruction's shell-form text after the Dockerfile line continuations were
 * removed, a here-document body fed to a shell, or the string argument of {@code sh -c}. Parsing never throws: malformed
 * input yields a partial tree and a list of {@link ShellSyntaxError}s. Nesting deeper than 200 levels, or input needing
 * unreasonable work, stops the parse with an error rather than exhausting the stack or memory.
 */
public final class ShellParser {
    private ShellParser() {
    }

    /** Parses {@code source}; node offsets are indexes into it. */
    public static ParsedScript parse(String source) {
        Objects.requireNonNull(source, "source");
        return parse(source, Positions.identity());
    }

    /**
     * Parses text that came from a larger input.
     *
     * @param positions maps offsets in {@code text} to offsets in that input
     */
    static ParsedScript parse(String text, Positions positions) {
        ParseSession session = new ParseSession(text.length());
        Script script;
        try {
            Lexer lexer = new Lexer(session, text, 0, text.length(), positions);
            script = new Parser(session, lexer).parseProgram(false);
        } catch (RuntimeException | StackOverflowError e) {
            // last resort, so that a parser bug cannot break the caller; the tests check that this never happens
            session.internalError("internal parser error: " + e, positions.start(0));
            script = new Script(positions.start(0), positions.end(text.length()), List.of());
        }
        return new ParsedScript(text, script, session.errors());
    }
}
