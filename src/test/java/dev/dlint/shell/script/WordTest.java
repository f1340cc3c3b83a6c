package dev.dlint.shell.script;

import static dev.dlint.shell.script.Scripts.onlySimpleCommand;
import static dev.dlint.shell.script.Scripts.onlyWord;
import static dev.dlint.shell.script.Scripts.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTest {

    @Test
    void singleQuotedWordIsStatic() {
        Word word = onlyWord("'a b'");

        assertThat(word.isStatic()).isTrue();
        assertThat(word.literal()).contains("a b");
        assertThat(word.raw()).isEqualTo("'a b'");
        assertThat(word.parts()).containsExactly(new LiteralPart(1, 4, "a b", true));
    }

    @Test
    void doubleQuotedExpansionIsNotStatic() {
        Word word = onlyWord("\"$HOME/x\"");

        assertThat(word.isStatic()).isFalse();
        assertThat(word.literal()).isEmpty();
        assertThat(word.unquoted()).isEqualTo("$HOME/x");
        assertThat(word.parts()).containsExactly(
                new ParameterExpansion(1, 6, "$HOME", "HOME", true, List.of()),
                new LiteralPart(6, 8, "/x", true));
    }

    @Test
    void mixedQuotingIsConcatenated() {
        Word word = onlyWord("\"a\"'b'c\\ d");

        assertThat(word.literal()).contains("abc d");
        assertThat(word.parts()).extracting(p -> ((LiteralPart) p).quoted()).containsExactly(true, true, false, true, false);
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() {
        SimpleCommand command = onlySimpleCommand("printf '' \"\"");

        assertThat(command.args()).extracting(Word::literal).allSatisfy(value -> assertThat(value).contains(""));
        assertThat(command.args().get(0).parts()).hasSize(1);
    }

    @Test
    void backslashesInsideDoubleQuotesOnlyEscapeSpecialCharacters() {
        assertThat(onlyWord("\"a\\$b\\\"c\\d\\\\\"").literal()).contains("a$b\"c\\d\\");
    }

    @Test
    void unquotedGlobIsMarkedUnquotedAndQuotedGlobQuoted() {
        Word glob = onlySimpleCommand("rm -rf /var/lib/apt/lists/*").args().get(1);
        Word quoted = onlySimpleCommand("rm -rf '/var/lib/apt/lists/*'").args().get(1);

        assertThat(glob.literal()).contains("/var/lib/apt/lists/*");
        assertThat(((LiteralPart) glob.parts().get(0)).quoted()).isFalse();
        assertThat(quoted.literal()).contains("/var/lib/apt/lists/*");
        assertThat(((LiteralPart) quoted.parts().get(0)).quoted()).isTrue();
    }

    @Test
    void tildeIsNotExpanded() {
        assertThat(onlyWord("~/.cache").literal()).contains("~/.cache");
    }

    @Test
    void unquotedKeepsExpansionsAsWritten() {
        Word word = onlySimpleCommand("rm -rf \"${CACHE_DIR:-/root/.cache}\"/pip/*").args().get(1);

        assertThat(word.unquoted()).isEqualTo("${CACHE_DIR:-/root/.cache}/pip/*");
    }

    @Test
    void specialAndPositionalParameters() {
        SimpleCommand command = onlySimpleCommand("echo $1 $@ $# $? $$ $! $- $* ${10} $0");

        assertThat(command.args()).extracting(w -> ((ParameterExpansion) w.parts().get(0)).name())
                .containsExactly("1", "@", "#", "?", "$", "!", "-", "*", "10", "0");
    }

    @Test
    void lonelyDollarIsLiteral() {
        assertThat(onlySimpleCommand("echo $ \"$\" a$ $/").args()).extracting(Word::literal)
                .allSatisfy(value -> assertThat(value).isPresent());
    }

    @Test
    void bracedParameterWithOperandKeepsNestedSubstitution() {
        String source = "echo ${GOPATH:-$(go env GOPATH)}";
        ParameterExpansion expansion = (ParameterExpansion) onlySimpleCommand(source).args().get(0).parts().get(0);

        assertThat(expansion.name()).isEqualTo("GOPATH");
        assertThat(expansion.text()).isEqualTo("${GOPATH:-$(go env GOPATH)}");
        assertThat(expansion.operand()).hasSize(2);
        assertThat(expansion.operand().get(0)).isEqualTo(new LiteralPart(13, 15, ":-", false));
        CommandSubstitution substitution = (CommandSubstitution) expansion.operand().get(1);
        assertThat(text(source, substitution)).isEqualTo("$(go env GOPATH)");
        assertThat(Scripts.commandLines(source)).containsExactly("echo ${GOPATH:-$(go env GOPATH)}", "go env GOPATH");
    }

    @Test
    void bracedParameterForms() {
        SimpleCommand command = onlySimpleCommand("echo ${#x} ${!ref} ${x##*/} ${x/a/b} ${x:-\"}\"} ${a:-{b}} ${arr[@]}");

        assertThat(command.args()).extracting(w -> ((ParameterExpansion) w.parts().get(0)).name())
                .containsExactly("x", "ref", "x", "x", "x", "a", "arr");
        assertThat(command.args()).extracting(Word::raw).containsExactly(
                "${#x}", "${!ref}", "${x##*/}", "${x/a/b}", "${x:-\"}\"}", "${a:-{b}}", "${arr[@]}");
    }

    @Test
    void commandSubstitutionIsParsedWithOffsetsIntoTheInput() {
        String source = "echo \"$(date +%s)\"";
        CommandSubstitution substitution = (CommandSubstitution) onlySimpleCommand(source).args().get(0).parts().get(0);

        assertThat(substitution.quoted()).isTrue();
        assertThat(substitution.backquoted()).isFalse();
        assertThat(substitution.start()).isEqualTo(6);
        assertThat(substitution.end()).isEqualTo(17);
        SimpleCommand date = (SimpleCommand) substitution.script().statements().get(0).pipelines().get(0).commands().get(0);
        assertThat(text(source, date)).isEqualTo("date +%s");
        assertThat(date.start()).isEqualTo(8);
    }

    @Test
    void commandSubstitutionContainingCaseAndComments() {
        String source = "x=$(case a in a) echo ')' ;; esac # comment )\n)";

        assertThat(Scripts.commandLines(source)).containsExactly("", "echo )");
    }

    @Test
    void arithmeticExpansionIsOpaque() {
        Word word = onlyWord("$(( (1 + 2) * $n ))");

        assertThat(word.parts()).hasSize(1);
        ArithmeticExpansion arithmetic = (ArithmeticExpansion) word.parts().get(0);
        assertThat(arithmetic.expression()).isEqualTo(" (1 + 2) * $n ");
    }

    @Test
    void dollarParenParenThatIsASubshellInsideASubstitution() {
        String source = "echo $( (cd /x && pwd) )";
        assertThat(Scripts.commandLines(source)).containsExactly("echo $( (cd /x && pwd) )", "cd /x", "pwd");
        source = "echo $((cd /x && pwd) | cat)";
        assertThat(Scripts.commandLines(source)).containsExactly("echo $((cd /x && pwd) | cat)", "cd /x", "pwd", "cat");
    }

    @Test
    void backquotesWithoutEscapesKeepExactOffsets() {
        String source = "echo `uname -r`";
        CommandSubstitution substitution = (CommandSubstitution) onlySimpleCommand(source).args().get(0).parts().get(0);

        assertThat(substitution.backquoted()).isTrue();
        SimpleCommand uname = (SimpleCommand) substitution.script().statements().get(0).pipelines().get(0).commands().get(0);
        assertThat(text(source, uname)).isEqualTo("uname -r");
    }

    @Test
    void nestedBackquotesMapToTheWholeSubstitution() {
        String source = "x=`echo \\`id -u\\``";
        ParsedScript parsed = Scripts.parseClean(source);
        List<CommandInContext> commands = parsed.commands();

        assertThat(commands).extracting(c -> c.command().name().orElse("")).containsExactly("", "echo", "id");
        SimpleCommand id = commands.get(2).command();
        assertThat(id.start()).isEqualTo(2);
        assertThat(id.end()).isEqualTo(source.length());
    }

    @Test
    void ansiCQuotingIsDecoded() {
        Word word = onlyWord("$'a\\tb\\n\\x41\\101\\u00e9\\'q'");

        assertThat(word.literal()).contains("a\tb\nAAé'q");
        assertThat(onlyWord("\"$'x'\"").literal()).contains("$'x'");
    }

    @Test
    void lineContinuationInsideAWordDisappears() {
        String source = "ec\\\nho hi\\\nthere";
        SimpleCommand command = onlySimpleCommand(source);

        assertThat(Scripts.argv(command)).containsExactly("echo", "hithere");
        assertThat(command.words().get(0).raw()).isEqualTo("ec\\\nho");
    }

    @Test
    void multiLineDoubleQuotedString() {
        assertThat(onlyWord("\"a\nb\"").literal()).contains("a\nb");
    }

    @Test
    void nulAndNonAsciiCharactersAreOrdinary() {
        assertThat(onlySimpleCommand("echo a\u0000b héllo").args()).extracting(Word::unquoted).containsExactly("a\u0000b", "héllo");
    }
}
