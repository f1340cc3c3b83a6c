/**
 * dlint's command layer: one shared, tested way to read the shell commands of {@code RUN} instructions.
 *
 * <p>{@link dev.dlint.command.Invocations#parse(dev.dlint.shell.script.SimpleCommand)} turns a
 * {@link dev.dlint.shell.script.SimpleCommand} from the shell parser into an {@link dev.dlint.command.Invocation}: the
 * wrappers looked through ({@code sudo}, {@code env}, {@code xargs}, …), the front ({@code python3 -m}, {@code uv}), the
 * tool's canonical name, its subcommand path, its options (canonical names, values, exact offsets down to one flag of a
 * cluster) and its operands. It follows declarative {@link dev.dlint.command.ToolSpec}s held by the immutable
 * {@link dev.dlint.command.ToolRegistry#defaults() default registry}; an unknown tool or option is parsed generically and
 * marked so ({@link dev.dlint.command.Invocation#known()}, {@link dev.dlint.command.Option#known()}), so that rules can stay
 * conservative.
 *
 * <p>{@link dev.dlint.command.PackageManagers} is the one table of package managers (commands by kind, caches, clean
 * commands, cache settings, yes flags, version-pin syntax), and
 * {@link dev.dlint.command.PackageOperation#classify(dev.dlint.command.Invocation)} reads a package-manager command with it.
 * The image analyzer takes cache locations from the same table
 * ({@link dev.dlint.command.PackageManagers#imageCachePatterns()}).
 *
 * <p><b>Offsets.</b> Every {@link dev.dlint.command.Span} is a range of offsets into the text given to
 * {@link dev.dlint.shell.script.ShellParser#parse(String)}, like the shell nodes' own. Commands found inside
 * {@code sh -c '…'} strings (listed by {@link dev.dlint.shell.script.ParsedScript#commands()}) already carry offsets into that
 * outer text; where the nested text is not a verbatim slice of it (escapes or quotes inside the string), the shell parser
 * reports the enclosing word's range and so does this layer. Mapping offsets to Dockerfile lines and columns is the
 * caller's job.
 *
 * <p>The package depends only on {@code dev.dlint.shell.script}.
 */
package dev.dlint.command;
