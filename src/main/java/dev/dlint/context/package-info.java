/**
 * What a build really sends and what {@code COPY}/{@code ADD} really take from it, reproduced from BuildKit.
 *
 * <p>{@link dev.dlint.context.DockerIgnore} reads a {@code .dockerignore} the way moby's {@code ignorefile.ReadAll}
 * does and matches paths the way {@code moby/patternmatcher} does (its pattern-to-regular-expression translation,
 * including the quirks, run on a linear-time automaton). {@link dev.dlint.context.BuildContext} is a bounded,
 * immutable snapshot of a context directory taken the way {@code tonistiigi/fsutil} walks it when sending: symlinks
 * are never followed, excluded directories are skipped unless a {@code !} pattern could re-include something below
 * them, and every limit that is hit is recorded so callers can stay silent instead of guessing.
 * {@link dev.dlint.context.BuildContext#select} resolves a {@code COPY}/{@code ADD} source against the snapshot with
 * the copier's rules ({@code filepath.Match} per path, {@code --exclude}, {@code --parents}).
 * {@link dev.dlint.context.NeverNeeded}, {@link dev.dlint.context.SecretNames} and
 * {@link dev.dlint.context.SecretContent} are the catalogues the context rules use.
 *
 * <p>The package depends on {@code java.*} only.
 */
package dev.dlint.context;
