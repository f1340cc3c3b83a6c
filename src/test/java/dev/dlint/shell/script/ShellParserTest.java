package dev.dlint.shell.script;

import static dev.dlint.shell.script.Scripts.argv;
import static dev.dlint.shell.script.Scripts.onlyCommand;
import static dev.dlint.shell.script.Scripts.onlySimpleCommand;
import static dev.dlint.shell.script.Scripts.parseClean;
import static dev.dlint.shell.script.Scripts.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShellParserTest {

    @Nested
    class Lists {
        @Test
        void andListOfAptCommandsKeepsOperatorsAndOffsets() {
            String source = "apt-get update && apt-get install -y --no-install-recommends curl ca-certificates"
                    + " && rm -rf /var/lib/apt/lists/*";
            Script script = parseClean(source).script();

            assertThat(script.start()).isZero();
            assertThat(script.end()).isEqualTo(source.length());
            assertThat(script.statements()).hasSize(1);
            Statement statement = script.statements().get(0);
            assertThat(statement.operators()).extracting(Operator::kind).containsExactly(Connector.AND, Connector.AND);
            assertThat(statement.operators().get(0).start()).isEqualTo(15);
            assertThat(statement.terminator()).isEmpty();

            SimpleCommand install = (SimpleCommand) statement.pipelines().get(1).commands().get(0);
            assertThat(argv(install)).containsExactly("apt-get", "install", "-y", "--no-install-recommends", "curl", "ca-certificates");
            assertThat(install.start()).isEqualTo(18);
            assertThat(install.end()).isEqualTo(81);
            Word word = install.words().get(1);
            assertThat(word.start()).isEqualTo(26);
            assertThat(word.end()).isEqualTo(33);
            assertThat(text(source, word)).isEqualTo("install");

            SimpleCommand rm = (SimpleCommand) statement.pipelines().get(2).commands().get(0);
            assertThat(text(source, rm)).isEqualTo("rm -rf /var/lib/apt/lists/*");
            assertThat(rm.args().get(1).literal()).contains("/var/lib/apt/lists/*");
        }

        @Test
        void semicolonsNewlinesAndBackgroundEndStatements() {
            Script script = parseClean("a; b\nc & d").script();

            assertThat(script.statements()).extracting(s -> s.terminator().map(Operator::kind).orElse(Connector.NONE))
                    .containsExactly(Connector.SEMICOLON, Connector.NEWLINE, Connector.BACKGROUND, Connector.NONE);
            assertThat(script.statements().get(2).isBackground()).isTrue();
            assertThat(script.statements().get(0).isBackground()).isFalse();
        }

        @Test
        void statementRangeExcludesTheTerminator() {
            String source = "echo a ;  echo b";
            Statement first = parseClean(source).script().statements().get(0);

            assertThat(text(source, first)).isEqualTo("echo a");
            assertThat(first.terminator().orElseThrow().start()).isEqualTo(7);
        }

        @Test
        void setEuxFollowedByContinuedForLoop() {
            String source = "set -eux; \\\n    for f in a b; do echo $f; done";
            Script script = parseClean(source).script();

            assertThat(script.statements()).hasSize(2);
            ForLoop loop = (ForLoop) script.statements().get(1).pipelines().get(0).commands().get(0);
            assertThat(loop.variable()).isEqualTo("f");
            assertThat(loop.items().orElseThrow()).extracting(Word::unquoted).containsExactly("a", "b");
            SimpleCommand echo = (SimpleCommand) loop.body().statements().get(0).pipelines().get(0).commands().get(0);
            assertThat(text(source, echo)).isEqualTo("echo $f");
        }

        @Test
        void pipelinesWithNegationAndStderrPipe() {
            Script script = parseClean("! grep -q x f | wc -l |& cat").script();

            Pipeline pipeline = script.statements().get(0).pipelines().get(0);
            assertThat(pipeline.negated()).isTrue();
            assertThat(pipeline.commands()).hasSize(3);
            assertThat(pipeline.operators()).extracting(Operator::kind).containsExactly(Connector.PIPE, Connector.PIPE_ALL);
        }

        @Test
        void operatorsMayBeFollowedByNewlines() {
            assertThat(Scripts.commandLines("a &&\n\n b ||\n c |\n d")).containsExactly("a", "b", "c", "d");
        }

        @Test
        void commentsAreSkippedOnlyAtWordStart() {
            String source = "echo a#b # a comment && rm -rf /\necho c";
            Script script = parseClean(source).script();

            assertThat(script.statements()).hasSize(2);
            SimpleCommand echo = (SimpleCommand) script.statements().get(0).pipelines().get(0).commands().get(0);
            assertThat(argv(echo)).containsExactly("echo", "a#b");
        }

        @Test
        void emptyAndBlankInputsGiveAnEmptyScript() {
            assertThat(parseClean("").script().statements()).isEmpty();
            assertThat(parseClean("  \n\t# only a comment\n").script().statements()).isEmpty();
            assertThat(parseClean("  \n").script().end()).isEqualTo(3);
        }

        @Test
        void crlfLineEndsAreTolerated() {
            assertThat(Scripts.commandLines("echo a\r\necho b \\\r\n  c\r\n")).containsExactly("echo a", "echo b c");
        }
    }

    @Nested
    class SimpleCommands {
        @Test
        void leadingAssignmentsAreSeparatedFromArguments() {
            SimpleCommand command = onlySimpleCommand("DEBIAN_FRONTEND=noninteractive TZ= apt-get install -y tzdata A=1");

            assertThat(command.assignments()).extracting(Assignment::name).containsExactly("DEBIAN_FRONTEND", "TZ");
            assertThat(command.assignments().get(0).value().literal()).contains("noninteractive");
            assertThat(command.assignments().get(1).value().literal()).contains("");
            assertThat(command.assignments().get(1).value().parts()).isEmpty();
            assertThat(command.name()).contains("apt-get");
            assertThat(argv(command)).containsExactly("apt-get", "install", "-y", "tzdata", "A=1");
        }

        @Test
        void assignmentValueKeepsItsOwnOffsets() {
            String source = "PATH=\"$PATH:/opt/bin\" make";
            Assignment assignment = onlySimpleCommand(source).assignments().get(0);

            assertThat(text(source, assignment)).isEqualTo("PATH=\"$PATH:/opt/bin\"");
            assertThat(text(source, assignment.value())).isEqualTo("\"$PATH:/opt/bin\"");
            assertThat(assignment.value().isStatic()).isFalse();
            assertThat(assignment.value().unquoted()).isEqualTo("$PATH:/opt/bin");
            assertThat(assignment.append()).isFalse();
        }

        @Test
        void appendAssignmentIsRecognised() {
            Assignment assignment = onlySimpleCommand("PATH+=:/x").assignments().get(0);

            assertThat(assignment.name()).isEqualTo("PATH");
            assertThat(assignment.append()).isTrue();
            assertThat(assignment.value().literal()).contains(":/x");
        }

        @Test
        void bashArrayAssignments() {
            String source = "arr=(a \"b c\" $(ls)) n=1 cmd";
            SimpleCommand command = onlySimpleCommand(source);

            assertThat(command.assignments()).extracting(Assignment::name).containsExactly("arr", "n");
            Word value = command.assignments().get(0).value();
            assertThat(text(source, value)).isEqualTo("(a \"b c\" $(ls))");
            assertThat(value.unquoted()).isEqualTo("(a b c $(ls))");
            assertThat(Scripts.commandLines(source)).containsExactly("cmd", "ls");
            assertThat(argv(onlySimpleCommand("declare -A PROC=([\"/proc/x\"]=1 [y]=2\n # comment\n)")))
                    .containsExactly("declare", "-A", "PROC=([/proc/x]=1 [y]=2\n \n)");
        }

        @Test
        void exportArgumentIsAWordNotAnAssignment() {
            SimpleCommand command = onlySimpleCommand("export PATH=$PATH:/x");

            assertThat(command.assignments()).isEmpty();
            assertThat(command.name()).contains("export");
            assertThat(command.args()).extracting(Word::unquoted).containsExactly("PATH=$PATH:/x");
        }

        @Test
        void nameIsTheBasenameOfAStaticFirstWord() {
            assertThat(onlySimpleCommand("/usr/bin/apt-get update").name()).contains("apt-get");
            assertThat(onlySimpleCommand("\\rm -f x").name()).contains("rm");
            assertThat(onlySimpleCommand("\"$CC\" -o x").name()).isEmpty();
            assertThat(onlySimpleCommand("> out").name()).isEmpty();
            assertThat(onlySimpleCommand("/usr/bin/apt-get update").isNamed("apt", "apt-get")).isTrue();
            assertThat(onlySimpleCommand("./configure").name()).contains("configure");
        }

        @Test
        void redirectionsAnywhereBetweenWords() {
            String source = ">out echo a 2>>err b 2>&1 <in";
            SimpleCommand command = onlySimpleCommand(source);

            assertThat(argv(command)).containsExactly("echo", "a", "b");
            assertThat(command.redirections()).extracting(Redirection::operator).containsExactly(
                    RedirectionOperator.OUTPUT, RedirectionOperator.APPEND, RedirectionOperator.DUPLICATE_OUTPUT,
                    RedirectionOperator.INPUT);
            assertThat(command.redirections()).extracting(Redirection::fd)
                    .containsExactly(OptionalInt.empty(), OptionalInt.of(2), OptionalInt.of(2), OptionalInt.empty());
            assertThat(command.redirections()).extracting(r -> r.target().unquoted()).containsExactly("out", "err", "1", "in");
            assertThat(text(source, command.redirections().get(2))).isEqualTo("2>&1");
            assertThat(command.end()).isEqualTo(source.length());
        }

        @Test
        void digitsAreAFileDescriptorOnlyRightBeforeTheOperator() {
            SimpleCommand command = onlySimpleCommand("echo 2 >f a2>g");

            assertThat(argv(command)).containsExactly("echo", "2", "a2");
            assertThat(command.redirections()).extracting(Redirection::fd).containsOnly(OptionalInt.empty());
        }

        @Test
        void everyRedirectionOperator() {
            SimpleCommand command = onlySimpleCommand("cmd <a >b >>c >|d <>e <&3 >&- &>f &>>g <<<h");

            assertThat(command.redirections()).extracting(Redirection::operator).containsExactly(
                    RedirectionOperator.INPUT, RedirectionOperator.OUTPUT, RedirectionOperator.APPEND,
                    RedirectionOperator.CLOBBER, RedirectionOperator.READ_WRITE, RedirectionOperator.DUPLICATE_INPUT,
                    RedirectionOperator.DUPLICATE_OUTPUT, RedirectionOperator.OUTPUT_AND_ERROR,
                    RedirectionOperator.APPEND_OUTPUT_AND_ERROR, RedirectionOperator.HERE_STRING);
            assertThat(argv(command)).containsExactly("cmd");
        }

        @Test
        void reservedWordsAreOrdinaryArguments() {
            assertThat(argv(onlySimpleCommand("echo if then fi { } done ! esac"))).containsExactly(
                    "echo", "if", "then", "fi", "{", "}", "done", "!", "esac");
        }

        @Test
        void bashTestExpressionKeepsOperatorsAsWords() {
            SimpleCommand test = onlySimpleCommand("[[ -f a && ( -d b || $x < y ) ]] >/dev/null");

            assertThat(argv(test)).containsExactly("[[", "-f", "a", "&&", "(", "-d", "b", "||", "$x", "<", "y", ")", "]]");
            assertThat(test.redirections()).hasSize(1);
        }
    }

    @Nested
    class HereDocuments {
        @Test
        void quotedHereDocumentBodyIsReadAndSkipped() {
            String source = "cat > /etc/x <<'EOF'\nhello $x\n  $(not a command)\nEOF\necho done";
            ParsedScript parsed = parseClean(source);

            List<Statement> statements = parsed.script().statements();
            assertThat(statements).hasSize(2);
            SimpleCommand cat = (SimpleCommand) statements.get(0).pipelines().get(0).commands().get(0);
            assertThat(argv(cat)).containsExactly("cat");
            Redirection here = cat.redirections().get(1);
            assertThat(here.operator()).isEqualTo(RedirectionOperator.HERE_DOCUMENT);
            assertThat(text(source, here)).isEqualTo("<<'EOF'");
            HereDocument document = here.hereDocument().orElseThrow();
            assertThat(document.delimiter()).isEqualTo("EOF");
            assertThat(document.quotedDelimiter()).isTrue();
            assertThat(document.start()).isEqualTo(21);
            assertThat(text(source, document)).isEqualTo("hello $x\n  $(not a command)\nEOF");
            assertThat(document.body().literal()).contains("hello $x\n  $(not a command)\n");
            assertThat(Scripts.commandLines(source)).containsExactly("cat", "echo done");
        }

        @Test
        void unquotedHereDocumentBodyExposesItsExpansions() {
            String source = "cat <<EOF > /etc/motd\nuser $(id -un) home \"$HOME\"\nEOF";
            HereDocument document = onlySimpleCommand(source).redirections().get(0).hereDocument().orElseThrow();

            assertThat(document.quotedDelimiter()).isFalse();
            assertThat(document.body().isStatic()).isFalse();
            assertThat(document.body().parts()).filteredOn(p -> p instanceof ParameterExpansion)
                    .extracting(p -> ((ParameterExpansion) p).name()).containsExactly("HOME");
            assertThat(Scripts.commandLines(source)).containsExactly("cat", "id -un");
        }

        @Test
        void tabStrippingHereDocumentMatchesAnIndentedDelimiter() {
            String source = "cat <<-EOF\n\tindented\n\tEOF\necho after";

            assertThat(Scripts.commandLines(source)).containsExactly("cat", "echo after");
        }

        @Test
        void delimiterQuotingStylesAreRemoved() {
            for (String delimiter : List.of("\"END\"", "\\END", "E'N'D", "END")) {
                String source = "cat <<" + delimiter + "\nbody\nEND\n";
                HereDocument document = onlySimpleCommand(source).redirections().get(0).hereDocument().orElseThrow();
                assertThat(document.delimiter()).as(delimiter).isEqualTo("END");
                assertThat(document.quotedDelimiter()).as(delimiter).isEqualTo(!delimiter.equals("END"));
            }
        }

        @Test
        void twoHereDocumentsOnOneLineTakeConsecutiveBodies() {
            String source = "cat <<A - <<B; echo next\nbody a\nA\nbody b\nB\necho last";
            ParsedScript parsed = parseClean(source);

            SimpleCommand cat = (SimpleCommand) parsed.script().statements().get(0).pipelines().get(0).commands().get(0);
            assertThat(cat.redirections()).extracting(r -> r.hereDocument().orElseThrow().body().literal().orElseThrow())
                    .containsExactly("body a\n", "body b\n");
            assertThat(Scripts.commandLines(source)).containsExactly("cat -", "echo next", "echo last");
        }

        @Test
        void hereDocumentFeedingAPipeline() {
            assertThat(Scripts.commandLines("cat <<EOF | sh\necho hi\nEOF\nls")).containsExactly("cat", "sh", "ls");
        }

        @Test
        void hereDocumentInsideCommandSubstitution() {
            String source = "x=$(cat <<EOF\nbody)\nEOF\n)\necho \"$x\"";

            assertThat(Scripts.commandLines(source)).containsExactly("", "cat", "echo $x");
        }

        @Test
        void hereDocumentAfterAQuotedNewline() {
            String source = "cat <<EOF; echo \"a\nb\"\nbody\nEOF\necho end";

            assertThat(Scripts.commandLines(source)).containsExactly("cat", "echo a\nb", "echo end");
        }

        @Test
        void hereDocumentAsTheWholeRunScriptBody() {
            String source = "<<EOF\nnot run\nEOF";
            SimpleCommand command = onlySimpleCommand(source);

            assertThat(command.words()).isEmpty();
            assertThat(command.redirections().get(0).hereDocument()).isPresent();
        }
    }

    @Nested
    class CompoundCommands {
        @Test
        void subshell() {
            String source = "(cd /src && make) > log";
            Subshell subshell = (Subshell) onlyCommand(source);

            assertThat(text(source, subshell)).isEqualTo(source);
            assertThat(text(source, subshell.body())).isEqualTo("cd /src && make");
            assertThat(subshell.redirections()).extracting(r -> r.target().unquoted()).containsExactly("log");
        }

        @Test
        void braceGroupWithRedirection() {
            String source = "{ echo a; echo b; } > f";
            BraceGroup group = (BraceGroup) onlyCommand(source);

            assertThat(group.body().statements()).hasSize(2);
            assertThat(group.redirections()).hasSize(1);
            assertThat(group.end()).isEqualTo(source.length());
        }

        @Test
        void ifWithElifAndElse() {
            String source = "if [ -f x ]; then rm x; elif test -d x; then rmdir x; else echo none; fi";
            IfCommand command = (IfCommand) onlyCommand(source);

            assertThat(command.branches()).hasSize(2);
            assertThat(text(source, command.branches().get(0).condition())).isEqualTo("[ -f x ];");
            assertThat(text(source, command.branches().get(0).body())).isEqualTo("rm x;");
            assertThat(text(source, command.branches().get(1))).startsWith("elif test -d x; then rmdir x;");
            assertThat(text(source, command.elseBody().orElseThrow())).isEqualTo("echo none;");
            assertThat(command.end()).isEqualTo(source.length());
        }

        @Test
        void multiLineIf() {
            String source = "if true\nthen\n  echo yes\nfi";
            IfCommand command = (IfCommand) onlyCommand(source);

            assertThat(command.elseBody()).isEmpty();
            assertThat(command.branches().get(0).body().statements()).hasSize(1);
        }

        @Test
        void whileAndUntilLoops() {
            WhileLoop whileLoop = (WhileLoop) onlyCommand("while read -r line; do echo \"$line\"; done < file");
            WhileLoop untilLoop = (WhileLoop) onlyCommand("until curl -f localhost; do sleep 1; done");

            assertThat(whileLoop.until()).isFalse();
            assertThat(whileLoop.redirections()).hasSize(1);
            assertThat(untilLoop.until()).isTrue();
            assertThat(untilLoop.condition().statements()).hasSize(1);
            assertThat(untilLoop.body().statements()).hasSize(1);
        }

        @Test
        void forLoopsWithAndWithoutIn() {
            ForLoop multiLine = (ForLoop) onlyCommand("for pkg in a \"b c\"\ndo\n  echo $pkg\ndone");
            ForLoop overArguments = (ForLoop) onlyCommand("for arg; do echo $arg; done");
            ForLoop emptyList = (ForLoop) onlyCommand("for x in; do :; done");

            assertThat(multiLine.items().orElseThrow()).extracting(Word::unquoted).containsExactly("a", "b c");
            assertThat(overArguments.variable()).isEqualTo("arg");
            assertThat(overArguments.items()).isEmpty();
            assertThat(emptyList.items()).contains(List.of());
        }

        @Test
        void caseWithAlternativesAndFallThrough() {
            String source = "case \"$x\" in a|b) echo ab;; (c) echo c;& *) echo other\nesac";
            CaseCommand command = (CaseCommand) onlyCommand(source);

            assertThat(command.subject().unquoted()).isEqualTo("$x");
            assertThat(command.items()).hasSize(3);
            assertThat(command.items().get(0).patterns()).extracting(Word::unquoted).containsExactly("a", "b");
            assertThat(command.items().get(0).terminator()).contains(";;");
            assertThat(command.items().get(1).terminator()).contains(";&");
            assertThat(command.items().get(2).terminator()).isEmpty();
            assertThat(command.end()).isEqualTo(source.length());
        }

        @Test
        void caseOnOneLineAsInDockerfiles() {
            String source = "case \"$(uname -m)\" in x86_64) ARCH=amd64 ;; aarch64) ARCH=arm64 ;; *) exit 1 ;; esac";
            CaseCommand command = (CaseCommand) onlyCommand(source);

            assertThat(command.items()).hasSize(3);
            assertThat(Scripts.commandLines(source)).containsExactly("uname -m", "", "", "exit 1");
        }

        @Test
        void emptyCase() {
            CaseCommand command = (CaseCommand) onlyCommand("case x in esac");
            assertThat(command.items()).isEmpty();
        }

        @Test
        void functionDefinitions() {
            FunctionDefinition posix = (FunctionDefinition) onlyCommand("cleanup() { rm -rf /tmp/*; }");
            FunctionDefinition bash = (FunctionDefinition) onlyCommand("function retry { \"$@\" || \"$@\"; }");
            FunctionDefinition bashWithParens = (FunctionDefinition) onlyCommand("function f() (\n echo sub\n) 2>&1");

            assertThat(posix.name()).isEqualTo("cleanup");
            assertThat(posix.body()).isInstanceOf(BraceGroup.class);
            assertThat(bash.name()).isEqualTo("retry");
            assertThat(bashWithParens.body()).isInstanceOf(Subshell.class);
            assertThat(bashWithParens.body().redirections()).hasSize(1);
        }

        @Test
        void arithmeticCommandAndSubshellStartingWithAParenthesis() {
            assertThat(onlyCommand("(( i += 1 ))")).isInstanceOf(ArithmeticCommand.class);
            assertThat(((ArithmeticCommand) onlyCommand("((i++))")).expression()).isEqualTo("i++");
            Subshell nested = (Subshell) onlyCommand("((cd a && make); echo done)");
            assertThat(nested.body().statements()).hasSize(2);
        }

        @Test
        void reservedWordsOnlyAtCommandStart() {
            String source = "if echo then; then echo fi; fi";
            IfCommand command = (IfCommand) onlyCommand(source);

            assertThat(text(source, command.branches().get(0).condition())).isEqualTo("echo then;");
            assertThat(text(source, command.branches().get(0).body())).isEqualTo("echo fi;");
        }

        @Test
        void keywordsNeedToBeUnquoted() {
            ParsedScript parsed = ShellParser.parse("'if' true");
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.script().statements().get(0).pipelines().get(0).commands().get(0)).isInstanceOf(SimpleCommand.class);
        }

        @Test
        void deepButReasonableNesting() {
            String source = "if a; then while b; do for c in d; do case e in f) (g && { h; }) ;; esac; done; done; fi";
            assertThat(Scripts.commandLines(source)).containsExactly("a", "b", "g", "h");
            assertThat(parseClean(source).errors()).isEmpty();
        }
    }

    @Test
    void optionalFieldsAreNeverNull() {
        SimpleCommand command = onlySimpleCommand("echo hi");
        assertThat(command.redirections()).isEmpty();
        assertThat(command.assignments()).isEmpty();
        assertThat(((ForLoop) onlyCommand("for a; do b; done")).items()).isEqualTo(Optional.empty());
    }
}
