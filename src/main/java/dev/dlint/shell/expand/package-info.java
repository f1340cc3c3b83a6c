/**
 * BuildKit's Dockerfile shell lexer: quote processing, {@code $}-expansion and word splitting.
 *
 * <p>This package reproduces the behaviour of {@code frontend/dockerfile/shell/lex.go} from moby/buildkit
 * (Apache-2.0), the code BuildKit uses to expand variables in Dockerfile words, to split {@code EXPOSE}
 * and similar arguments into words, and to find heredoc markers on a {@code RUN}/{@code COPY}/{@code ADD}
 * line. Start with {@link dev.dlint.shell.expand.ShellLexer}.
 *
 * <p>Compatibility notes:
 * <ul>
 *   <li>Results, error texts and word boundaries match BuildKit, including its quirks (for example
 *       {@code ${v//p/r}} printed back as {@code ${v/p/r}} when {@code skipUnsetEnv} keeps an unset
 *       variable, or {@code $0} in a replace-all replacement standing for the matched text).</li>
 *   <li>Glob patterns ({@code ${v#p}}, {@code ${v/p/r}} …) are matched without regular expressions but
 *       with the semantics of the Go regular expressions BuildKit builds from them; in particular a
 *       {@code *} or {@code ?} never matches a newline.</li>
 *   <li>Nesting such as {@code ${a:-${b:-…}}} is evaluated with an explicit stack, so depth is limited
 *       only by memory, never by the Java thread stack.</li>
 *   <li>Word spans ({@link dev.dlint.shell.expand.LexedWord}) are a dlint addition; offsets are UTF-16
 *       indexes into the input string.</li>
 * </ul>
 */
package dev.dlint.shell.expand;
