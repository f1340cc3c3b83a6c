package dev.dlint.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the shell parser tests. */
final class Scripts {
    private Scripts() {
    }

    /** Parses {@code source} and checks that it has no syntax errors. */
    static ParsedScript parseClean(String source) {
        ParsedScript parsed = ShellParser.parse(source);
        assertThat(parsed.errors()).as("errors parsing %s", source).isEmpty();
        return parsed;
    }

    /** The single top-level command of a one-statement, one-command script. */
    static Command onlyCommand(String source) {
        Script script = parseClean(source).script();
        assertThat(script.statements()).hasSize(1);
        Statement statement = script.statements().get(0);
        assertThat(statement.pipelines()).hasSize(1);
        assertThat(statement.pipelines().get(0).commands()).hasSize(1);
        return statement.pipelines().get(0).commands().get(0);
    }

    static SimpleCommand onlySimpleCommand(String source) {
        Command command = onlyCommand(source);
        assertThat(command).isInstanceOf(SimpleCommand.class);
        return (SimpleCommand) command;
    }

    /** The only word of {@code source}, which must be a one-word command. */
    static Word onlyWord(String source) {
        SimpleCommand command = onlySimpleCommand(source);
        assertThat(command.words()).hasSize(1);
        return command.words().get(0);
    }

    /** A command's words after quote removal, expansions as written. */
    static List<String> argv(SimpleCommand command) {
        return command.words().stream().map(Word::unquoted).collect(Collectors.toList());
    }

    /** Every command found by the walker, rendered as its argv joined by spaces. */
    static List<String> commandLines(String source) {
        return ShellParser.parse(source).commands().stream()
                .map(c -> String.join(" ", argv(c.command())))
                .collect(Collectors.toList());
    }

    /** The source text a node covers. */
    static String text(String source, Node node) {
        return source.substring(node.start(), node.end());
    }
}
