/**
 * A parser for the POSIX {@code sh} code inside Dockerfile {@code RUN} instructions, and a typed syntax tree for it.
 *
 * <p>{@link dev.dlint.shell.script.ShellParser#parse(String)} turns shell source into a {@link dev.dlint.shell.script.ParsedScript}:
 * an immutable tree of records whose nodes all carry {@code [start, end)} character offsets into the parsed string, plus the
 * {@link dev.dlint.shell.script.ShellSyntaxError}s found. The parser never throws; bad input yields a partial tree.
 *
 * <p>Lint rules usually do not walk the tree themselves: {@link dev.dlint.shell.script.ParsedScript#commands()} lists every
 * {@link dev.dlint.shell.script.SimpleCommand} in source order, including those nested in compound commands, command
 * substitutions and static {@code sh -c '…'} strings, each with how it is connected to its predecessor and the
 * {@link dev.dlint.shell.script.ExecutionContext}s it runs in.
 */
package dev.dlint.shell.script;
