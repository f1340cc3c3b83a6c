/**
 * Which steps of a build a change rebuilds, decided as BuildKit's cache decides it.
 *
 * <p>{@link dev.dlint.cache.CachePredictor} takes a Dockerfile's facts and a snapshot of its build context
 * ({@link dev.dlint.context.BuildContext}, the one implementation of {@code .dockerignore}, wildcards, directories,
 * {@code --exclude} and {@code --parents}) and predicts, for a {@link dev.dlint.cache.ChangeSet} of changed files and
 * build arguments, every instruction's {@link dev.dlint.cache.StepOutcome}: cached, or rebuilt and why (a changed
 * file a source selects, a build argument in scope, the step before it, a stage whose copied content can change).
 * {@link dev.dlint.cache.GitChanges} reads change sets from git ({@code --since}, one per commit for
 * {@code --history}); {@link dev.dlint.cache.HistoryAnalysis} counts rebuilds over commits and what reordering would
 * save. {@link dev.dlint.cache.CacheText} and {@link dev.dlint.cache.CacheJson} render the results.
 *
 * <p>Only {@code dlint cache} loads this package; linting never does.
 */
package dev.dlint.cache;
