package dev.dlint.shell.script;

import static dev.dlint.shell.script.ExecutionContext.BACKGROUND;
import static dev.dlint.shell.script.ExecutionContext.BRANCH;
import static dev.dlint.shell.script.ExecutionContext.COMMAND_SUBSTITUTION;
import static dev.dlint.shell.script.ExecutionContext.CONDITION;
import static dev.dlint.shell.script.ExecutionContext.FUNCTION_BODY;
import static dev.dlint.shell.script.ExecutionContext.LOOP_BODY;
import static dev.dlint.shell.script.ExecutionContext.NESTED_SHELL;
import static dev.dlint.shell.script.ExecutionContext.PIPELINE;
import static dev.dlint.shell.script.ExecutionContext.SUBSHELL;
import static dev.dlint.shell.script.Scripts.commandLines;
import static dev.dlint.shell.script.Scripts.parseClean;
import static dev.dlint.shell.script.Scripts.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommandWalkerTest {

    private static List<CommandInContext> commands(String source) {
        return parseClean(source).commands();
    }

    private static CommandInContext find(List<CommandInContext> commands, String name) {
        return commands.stream().filter(c -> c.command().isNamed(name)).findFirst().orElseThrow();
    }

    @Nested
    class Connectors {
        @Test
        void eachCommandKnowsTheOperatorBeforeIt() {
            List<CommandInContext> commands = commands("a && b || c; d\ne & f | g |& h");

            assertThat(commands).extracting(CommandInContext::connector).containsExactly(
                    Connector.NONE, Connector.AND, Connector.OR, Connector.SEMICOLON, Connector.NEWLINE,
                    Connector.BACKGROUND, Connector.PIPE, Connector.PIPE_ALL);
        }

        @Test
        void firstCommandOfASubshellOrGroupTakesTheCompoundCommandsConnector() {
            List<CommandInContext> commands = commands("x && (cd /src && make) && { y; z; }");

            assertThat(commands).extracting(CommandInContext::connector).containsExactly(
                    Connector.NONE, Connector.AND, Connector.AND, Connector.AND, Connector.SEMICOLON);
        }

        @Test
        void firstCommandOfABranchHasNoConnector() {
            List<CommandInContext> commands = commands("x; if a; then b; else c; fi");

            assertThat(commands).extracting(CommandInContext::connector).containsExactly(
                    Connector.NONE, Connector.SEMICOLON, Connector.NONE, Connector.NONE);
        }
    }

    @Nested
    class Contexts {
        @Test
        void plainAndListRunsUnconditionally() {
            List<CommandInContext> commands = commands("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*");

            assertThat(commands).allSatisfy(c -> {
                assertThat(c.contexts()).isEmpty();
                assertThat(c.runsUnconditionally()).isTrue();
            });
        }

        @Test
        void ifConditionAndBranches() {
            List<CommandInContext> commands = commands("if [ -f x ]; then rm x; elif [ -d x ]; then rmdir x; else touch x; fi");

            assertThat(commands).extracting(CommandInContext::contexts).containsExactly(
                    Set.of(CONDITION), Set.of(BRANCH), Set.of(CONDITION, BRANCH), Set.of(BRANCH), Set.of(BRANCH));
            assertThat(commands.get(0).runsUnconditionally()).isTrue();
            assertThat(commands.get(0).inCondition()).isTrue();
            assertThat(commands.get(1).runsUnconditionally()).isFalse();
        }

        @Test
        void leftOfOrIsAConditionAndRightOfOrABranch() {
            List<CommandInContext> commands = commands("id app || useradd app && echo ok");

            assertThat(commands).extracting(CommandInContext::contexts).containsExactly(Set.of(CONDITION), Set.of(BRANCH), Set.of());
        }

        @Test
        void negatedPipelineIsACondition() {
            assertThat(commands("! grep -q x f").get(0).inCondition()).isTrue();
        }

        @Test
        void loopsAndCase() {
            List<CommandInContext> commands = commands(
                    "while read l; do echo $l; done; for f in *; do rm $f; done; case $x in a) b;; esac");

            assertThat(commands).extracting(CommandInContext::contexts).containsExactly(
                    Set.of(CONDITION), Set.of(LOOP_BODY), Set.of(LOOP_BODY), Set.of(BRANCH));
        }

        @Test
        void backgroundSubshellAndFunctionBody() {
            List<CommandInContext> commands = commands("dockerd & (cd /x; make); f() { rm -rf /; }");

            assertThat(commands).extracting(CommandInContext::contexts).containsExactly(
                    Set.of(BACKGROUND), Set.of(SUBSHELL), Set.of(SUBSHELL), Set.of(FUNCTION_BODY));
            assertThat(commands.get(0).inBackground()).isTrue();
            assertThat(commands.get(3).runsUnconditionally()).isFalse();
        }

        @Test
        void commandSubstitutionInheritsBranchButNotPipeline() {
            List<CommandInContext> commands = commands("if x; then echo $(date) | cat; fi");

            CommandInContext date = find(commands, "date");
            assertThat(date.contexts()).containsExactlyInAnyOrder(BRANCH, COMMAND_SUBSTITUTION);
            assertThat(date.pipeline()).isEmpty();
            assertThat(find(commands, "echo").contexts()).containsExactlyInAnyOrder(BRANCH, PIPELINE);
        }
    }

    @Nested
    class Pipelines {
        @Test
        void curlPipedIntoShell() {
            String source = "curl -fsSL https://x | sh -";
            List<CommandInContext> commands = commands(source);

            CommandInContext sh = commands.get(1);
            assertThat(sh.command().name()).contains("sh");
            assertThat(sh.connector()).isEqualTo(Connector.PIPE);
            assertThat(sh.inPipeline()).isTrue();
            assertThat(sh.pipelineIndex()).isEqualTo(1);
            SimpleCommand curl = (SimpleCommand) sh.pipedFrom().orElseThrow();
            assertThat(curl.name()).contains("curl");
            assertThat(commands.get(0).pipedFrom()).isEmpty();
            assertThat(commands.get(0).pipelineIndex()).isZero();
        }

        @Test
        void commandInsideAPipedGroupKnowsWhatFeedsIt() {
            List<CommandInContext> commands = commands("wget -O- x | { read a; sh; }");

            CommandInContext sh = find(commands, "sh");
            assertThat(sh.pipelineIndex()).isEqualTo(1);
            assertThat(((SimpleCommand) sh.pipedFrom().orElseThrow()).name()).contains("wget");
        }

        @Test
        void singleCommandIsNotInAPipeline() {
            CommandInContext only = commands("ls").get(0);

            assertThat(only.pipeline()).isEmpty();
            assertThat(only.pipelineIndex()).isEqualTo(-1);
            assertThat(only.inPipeline()).isFalse();
        }
    }

    @Nested
    class NestedShells {
        @Test
        void suDashCParsesTheQuotedScriptWithExactOffsets() {
            String source = "su - app -c 'npm ci'";
            List<CommandInContext> commands = commands(source);

            assertThat(commands).hasSize(2);
            CommandInContext npm = commands.get(1);
            assertThat(npm.command().name()).contains("npm");
            assertThat(npm.is(NESTED_SHELL)).isTrue();
            assertThat(npm.launchedBy()).contains(commands.get(0).command());
            assertThat(npm.command().start()).isEqualTo(13);
            assertThat(npm.command().end()).isEqualTo(19);
            assertThat(text(source, npm.command().args().get(0))).isEqualTo("ci");
        }

        @Test
        void shellOptionsBeforeDashC() {
            assertThat(commandLines("bash -euxo pipefail -c 'apt-get update'")).containsExactly(
                    "bash -euxo pipefail -c apt-get update", "apt-get update");
            assertThat(commandLines("sh -ec \"make && make install\"")).contains("make", "make install");
            assertThat(commandLines("/bin/bash --login -c 'conda init'")).contains("conda init");
            assertThat(commandLines("busybox sh -c 'wget x'")).contains("wget x");
            assertThat(commandLines("sh -c -- 'x y'")).contains("x y");
        }

        @Test
        void unquotedScriptArgument() {
            String source = "sh -c ls";
            CommandInContext ls = commands(source).get(1);

            assertThat(ls.command().name()).contains("ls");
            assertThat(ls.command().start()).isEqualTo(6);
        }

        @Test
        void suVariants() {
            assertThat(commandLines("su -c 'pip install x' app")).contains("pip install x");
            assertThat(commandLines("su app -s /bin/sh -c 'id'")).contains("id");
            assertThat(commandLines("su -lc whoami app")).contains("whoami");
            assertThat(commandLines("runuser -l app -c 'make'")).contains("make");
            String source = "su --command='npm ci' app";
            CommandInContext npm = find(commands(source), "npm");
            assertThat(text(source, npm.command())).isEqualTo("npm ci");
        }

        @Test
        void escapedScriptMapsEveryNodeToTheArgumentWord() {
            String source = "bash -c \"echo \\\"hi\\\" && ls\"";
            List<CommandInContext> commands = commands(source);

            assertThat(commands).extracting(c -> c.command().name().orElse("")).containsExactly("bash", "echo", "ls");
            for (CommandInContext nested : commands.subList(1, 3)) {
                assertThat(nested.command().start()).isEqualTo(8);
                assertThat(nested.command().end()).isEqualTo(source.length());
            }
            assertThat(commands.get(1).command().args().get(0).literal()).contains("hi");
        }

        @Test
        void parameterExpansionsInTheScriptStandForUnknownValues() {
            String source = "su vscode -c \"umask 0002 && nvm install ${NODE_VERSION} 2>&1\"";
            List<CommandInContext> commands = commands(source);

            CommandInContext nvm = find(commands, "nvm");
            assertThat(text(source, nvm.command())).isEqualTo("nvm install ${NODE_VERSION} 2>&1");
            Word version = nvm.command().args().get(1);
            assertThat(version.isStatic()).isFalse();
            assertThat(text(source, version)).isEqualTo("${NODE_VERSION}");
            assertThat(nvm.command().redirections()).hasSize(1);
        }

        @Test
        void escapedDollarBecomesAnExpansionOfTheInnerShell() {
            String source = "sh -c \"echo \\$HOME\"";
            CommandInContext echo = find(commands(source), "echo");

            Word home = echo.command().args().get(0);
            assertThat(home.parts()).singleElement().isInstanceOf(ParameterExpansion.class);
            assertThat(home.start()).isEqualTo(6);
            assertThat(home.end()).isEqualTo(source.length());
        }

        @Test
        void scriptWithACommandSubstitutionIsNotParsed() {
            List<CommandInContext> commands = commands("sh -c \"echo $(date)\"");

            assertThat(commands).extracting(c -> c.command().name().orElse("")).containsExactly("sh", "date");
            assertThat(commands.get(1).contexts()).containsExactly(COMMAND_SUBSTITUTION);
        }

        @Test
        void commandsThatRunNoScriptString() {
            assertThat(commandLines("sh script.sh -c x")).hasSize(1);
            assertThat(commandLines("sh -x")).hasSize(1);
            assertThat(commandLines("sh -c")).hasSize(1);
            assertThat(commandLines("bash \"$OPTS\" -c x")).hasSize(1);
            assertThat(commandLines("gosu app -c x")).hasSize(1);
        }

        @Test
        void nestedShellsInsideNestedShells() {
            String source = "sh -c 'bash -c \"cd /x && make\"'";
            List<CommandInContext> commands = commands(source);

            assertThat(commands).extracting(c -> c.command().name().orElse("")).containsExactly("sh", "bash", "cd", "make");
            CommandInContext make = commands.get(3);
            assertThat(make.connector()).isEqualTo(Connector.AND);
            assertThat(text(source, make.command())).isEqualTo("make");
            assertThat(make.launchedBy().orElseThrow().name()).contains("bash");
        }

        @Test
        void nestedShellPipelineIsSeparateFromTheOuterOne() {
            List<CommandInContext> commands = commands("curl x | sh -c 'cat > f'");

            CommandInContext cat = find(commands, "cat");
            assertThat(cat.contexts()).containsExactly(NESTED_SHELL);
            assertThat(cat.pipeline()).isEmpty();
        }
    }

    @Test
    void commandsAreInSourceOrderIncludingHereDocumentBodies() {
        String source = "cat <<EOF | sh\n$(id)\nEOF\necho $(date) `pwd`";
        List<String> names = ShellParser.parse(source).commands().stream()
                .map(c -> c.command().name().orElse("?")).collect(Collectors.toList());

        assertThat(names).containsExactly("cat", "sh", "id", "echo", "date", "pwd");
    }

    @Test
    void compoundRedirectionsAndLoopWordsAreSearched() {
        assertThat(commandLines("for f in $(ls); do :; done > $(mktemp)")).containsExactly("ls", ":", "mktemp");
    }
}
