package dev.dlint.model;

import dev.dlint.shell.script.CommandInContext;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One command a RUN executes ({@code apt-get install -y curl}), with how it runs (after {@code &&}, in a pipeline,
 * only in a branch) and the exact source range of every word.
 */
public record RunCommand(ShellScript script, CommandInContext context) {

    public SimpleCommand command() {
        return context.command();
    }

    /** The command name without its directory, when it is written literally. */
    public Optional<String> name() {
        return command().name();
    }

    public boolean isNamed(String... names) {
        return command().isNamed(names);
    }

    /** The arguments after the name, quotes removed and expansions left as written ({@code $HOME/x}). */
    public List<String> arguments() {
        return command().args().stream().map(dev.dlint.shell.script.Word::unquoted).toList();
    }

    /** The argument at {@code index} as {@link #arguments()} gives it, or {@code ""} when there are fewer. */
    public String argument(int index) {
        List<dev.dlint.shell.script.Word> args = command().args();
        return index < args.size() ? args.get(index).unquoted() : "";
    }

    /** The command as written for messages, cut after about {@code max} characters: {@code npm ci --omit=dev}. */
    public String summary(int max) {
        StringBuilder text = new StringBuilder(name().orElse(command().words().isEmpty() ? "" : command().words().get(0).raw()));
        for (String argument : arguments()) {
            if (text.length() >= max) {
                return text.append(" …").toString();
            }
            text.append(' ').append(argument);
        }
        return text.toString();
    }

    /** The whole command's source range. */
    public SourceRange range() {
        return script.range(command().start(), command().end());
    }

    /** The source range of one word of this command. */
    public SourceRange range(dev.dlint.shell.script.Word word) {
        return script.range(word.start(), word.end());
    }

    /** The source range of argument {@code index} (0 = first argument after the name). */
    public SourceRange argumentRange(int index) {
        return range(command().args().get(index));
    }

    /** The name word's source range. */
    public SourceRange nameRange() {
        return range(command().words().get(0));
    }
}
