package dev.dlint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.shell.script.CommandInContext;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.ShellParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commands inside {@code sh -c '…'} come from {@link ParsedScript#commands()} with offsets already in the outer text, so
 * their invocations point at the characters of the nested script as they sit in the outer one.
 */
class NestedShellTest {

    @Test
    void invocationsInsideShDashCKeepExactOffsets() {
        String script = "sh -c 'apt-get install -yq curl && rm -rf /var/lib/apt/lists/*'";
        ParsedScript parsed = ShellParser.parse(script);
        List<CommandInContext> commands = parsed.commands();
        CommandInContext nested = commands.stream().filter(c -> c.is(ExecutionContext.NESTED_SHELL)).findFirst()
                .orElseThrow();
        Invocation apt = Invocations.parse(nested).orElseThrow();
        String inner = "apt-get install -yq curl && rm -rf /var/lib/apt/lists/*";
        int base = script.indexOf(inner);
        assertThat(apt.tool()).isEqualTo("apt-get");
        assertThat(apt.has("-y")).isTrue();
        Option yes = apt.all("-y").get(0);
        assertThat(yes.span().of(script)).isEqualTo("y");
        assertThat(yes.span().start() - base).isEqualTo(inner.indexOf("-yq") + 1);
        Operand curl = apt.operandsAfterSubcommand().get(0);
        assertThat(curl.span().of(script)).isEqualTo("curl");
        assertThat(curl.span().start() - base).isEqualTo(inner.indexOf("curl"));

        List<Invocation> all = Invocations.all(parsed);
        assertThat(all).extracting(Invocation::tool).containsExactly("sh", "apt-get", "rm");
        Invocation rm = all.get(2);
        assertThat(rm.operandsAfterSubcommand().get(0).span().of(script)).isEqualTo("/var/lib/apt/lists/*");
        assertThat(rm.options().get(0).span().of(script)).isEqualTo("r");
    }

    @Test
    void nestedTextWithEscapesFallsBackToTheEnclosingWord() {
        String script = "bash -c \"apt-get install -y \\\"curl\\\"\"";
        ParsedScript parsed = ShellParser.parse(script);
        Invocation apt = Invocations.all(parsed).stream().filter(i -> i.is("apt-get")).findFirst().orElseThrow();
        Span word = new Span(script.indexOf('"'), script.length());
        assertThat(apt.operandsAfterSubcommand()).extracting(Operand::text).containsExactly("curl");
        assertThat(apt.all("-y").get(0).span()).isEqualTo(word);
    }
}
