package dev.dlint.shell.expand;

import java.util.List;
import java.util.Objects;

/**
 * Processes Dockerfile words exactly as BuildKit's {@code shell.Lex} does: removes quotes and escapes,
 * expands variables, and splits the result into words.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@code '…'} is literal. {@code "…"} expands {@code $}; inside it the escape character escapes
 *       only {@code "}, {@code $} and itself. Outside quotes the escape character makes the next character
 *       literal, and a trailing lone escape character is dropped. An unterminated quote is an error.</li>
 *   <li>{@code $name} and {@code ${name}}: a name is letters (any script), digits and {@code _}; a name
 *       starting with a digit is all the digits that follow; {@code @ * # ? - $ !} and {@code 0} are
 *       one-character special parameters. A {@code $} without a name stays {@code $}.</li>
 *   <li>{@code ${v:-w} ${v-w} ${v:+w} ${v+w} ${v:?m} ${v?m}} as in POSIX sh; {@code ${v#p} ${v##p}
 *       ${v%p} ${v%%p}} trim a prefix/suffix matching a glob, {@code ${v/p/r} ${v//p/r}} replace the first
 *       or every match (see BuildKit for the details this class reproduces). Words inside {@code ${…}} are
 *       processed themselves, so expansions nest.</li>
 *   <li>Unset variables expand to nothing unless {@link LexerOptions#skipUnsetEnv()} keeps them.</li>
 *   <li>{@link #processWords} splits after expansion: whitespace in an unquoted expansion separates words,
 *       quoted or escaped whitespace does not.</li>
 *   <li>An unquoted {@code <<} keeps the spaces, tabs and carriage returns that follow it, so
 *       {@code << EOF} is the single word {@code "<< EOF"} (BuildKit ≥ 0.22). {@code <<- EOF} still
 *       splits into {@code <<-} and {@code EOF}.</li>
 * </ul>
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class ShellLexer {

    private final LexerOptions options;

    /**
     * A lexer with the given options.
     *
     * @param options how to treat quotes, escapes and unset variables
     */
    public ShellLexer(LexerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A lexer with {@link LexerOptions#defaults()}: escape {@code \}, every flag off. */
    public static ShellLexer withDefaults() {
        return new ShellLexer(LexerOptions.defaults());
    }

    /** The options this lexer applies. */
    public LexerOptions options() {
        return options;
    }

    /**
     * Processes {@code input} once and returns both the single-word and the split result, with the names
     * of the variables found set and unset.
     *
     * @param input       the text to process, such as an instruction argument or a whole instruction line
     * @param environment the variables to expand
     * @return the processed word, the words with their spans, and the variables used
     * @throws ShellLexException with BuildKit's message when the input cannot be processed
     */
    public LexResult process(String input, ShellEnvironment environment) throws ShellLexException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(environment, "environment");
        return new LexRun(options, environment, input).execute();
    }

    /**
     * Processes {@code input} as one word (BuildKit's {@code ProcessWord}): whitespace is kept.
     *
     * @param input       the text to process
     * @param environment the variables to expand
     * @return the input with quotes and escapes removed and variables expanded
     * @throws ShellLexException with BuildKit's message when the input cannot be processed
     */
    public String processWord(String input, ShellEnvironment environment) throws ShellLexException {
        return process(input, environment).word();
    }

    /**
     * Processes {@code input} and splits it into words (BuildKit's {@code ProcessWords}), each with its span
     * in the input.
     *
     * @param input       the text to process
     * @param environment the variables to expand
     * @return the non-empty words in order
     * @throws ShellLexException with BuildKit's message when the input cannot be processed
     */
    public List<LexedWord> processWords(String input, ShellEnvironment environment) throws ShellLexException {
        return process(input, environment).words();
    }
}
