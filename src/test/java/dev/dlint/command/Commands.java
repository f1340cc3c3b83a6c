package dev.dlint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.ShellParser;
import java.util.List;

/** Test helpers: parse a script and read its invocations. */
final class Commands {
    private Commands() {
    }

    /** The invocations of {@code script}, which must parse without errors. */
    static List<Invocation> all(String script) {
        ParsedScript parsed = ShellParser.parse(script);
        assertThat(parsed.errors()).as("syntax errors in %s", script).isEmpty();
        return Invocations.all(parsed);
    }

    /** The single invocation of {@code script}. */
    static Invocation one(String script) {
        List<Invocation> all = all(script);
        assertThat(all).as("invocations of %s", script).hasSize(1);
        return all.get(0);
    }

    /** The operands after the subcommand, as text. */
    static List<String> args(Invocation invocation) {
        return invocation.operandsAfterSubcommand().stream().map(Operand::text).toList();
    }

    /** The options as {@code name=value} or {@code name}, canonical names. */
    static List<String> options(Invocation invocation) {
        return invocation.options().stream().map(o -> o.name() + o.value().map(v -> "=" + v).orElse("")).toList();
    }
}
