package dev.dlint.command;

import static dev.dlint.command.Commands.args;
import static dev.dlint.command.Commands.one;
import static dev.dlint.command.Commands.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option syntax: clusters, attached and separate values, {@code --}, subcommands and permutation, with exact offsets. */
class ArgumentParserTest {

    @Test
    void clusteredFlagsGetOneCharacterEach() {
        String script = "apt-get install -yq curl";
        Invocation apt = one(script);
        assertThat(options(apt)).containsExactly("--yes", "--quiet");
        assertThat(apt.options().get(0).span().of(script)).isEqualTo("y");
        assertThat(apt.options().get(0).span()).isEqualTo(new Span(17, 18));
        assertThat(apt.options().get(1).span()).isEqualTo(new Span(18, 19));
        assertThat(apt.options().get(0).spelled()).isEqualTo("-y");
        assertThat(args(apt)).containsExactly("curl");
    }

    @Test
    void aFlagAloneInItsWordSpansTheDash() {
        String script = "apt-get -y install curl";
        Invocation apt = one(script);
        assertThat(apt.options().get(0).span().of(script)).isEqualTo("-y");
        assertThat(apt.isSubcommand("install")).isTrue();
        assertThat(apt.has("--assume-yes")).isTrue();
        assertThat(apt.has("--yes")).isTrue();
    }

    @Test
    void valuesAttachedSeparateAndWithEquals() {
        String script = "apt-get -o Dpkg::Options::=--force-confold -oAPT::X=1 --option=A=B -t buster install x";
        Invocation apt = one(script);
        assertThat(apt.values("-o")).containsExactly("Dpkg::Options::=--force-confold", "APT::X=1", "A=B");
        assertThat(apt.value("--target-release")).contains("buster");
        assertThat(args(apt)).containsExactly("x");
        Option attached = apt.options().get(1);
        assertThat(attached.span().of(script)).isEqualTo("-o");
        assertThat(attached.valueSpan().orElseThrow().of(script)).isEqualTo("APT::X=1");
        Option equals = apt.options().get(2);
        assertThat(equals.span().of(script)).isEqualTo("--option");
        assertThat(equals.valueSpan().orElseThrow().of(script)).isEqualTo("A=B");
        Option separate = apt.options().get(0);
        assertThat(separate.valueSpan().orElseThrow().of(script)).isEqualTo("Dpkg::Options::=--force-confold");
    }

    @Test
    void aptQuietLevelWithEquals() {
        Invocation apt = one("apt-get -q=2 install x");
        assertThat(apt.value("-q")).contains("2");
        assertThat(args(apt)).containsExactly("x");
        assertThat(one("apt-get -qq install x").count("--quiet")).isEqualTo(2);
        assertThat(one("apt-get -q -q install x").count("-q")).isEqualTo(2);
    }

    @Test
    void doubleDashEndsOptions() {
        Invocation rm = one("rm -rf -- -x --y");
        assertThat(options(rm)).containsExactly("--recursive", "--force");
        assertThat(args(rm)).containsExactly("-x", "--y");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yum -y clean all|clean|--assumeyes|all",
        "dnf -q clean all|clean|--quiet|all",
        "apt-get -y clean|clean|--yes|",
        "apt-get install -y x|install|--yes|x",
        "apt-get install x -y|install|--yes|x",
    })
    void optionsBeforeAndAfterTheSubcommand(String script, String subcommand, String option, String operand) {
        Invocation invocation = one(script);
        assertThat(invocation.subcommands()).containsExactly(subcommand);
        assertThat(options(invocation)).containsExactly(option);
        assertThat(args(invocation)).isEqualTo(operand == null ? List.of() : List.of(operand));
    }

    @Test
    void gnuPermutationTakesOptionsAfterOperands() {
        Invocation rm = one("rm /tmp/x -rf /tmp/y");
        assertThat(options(rm)).containsExactly("--recursive", "--force");
        assertThat(args(rm)).containsExactly("/tmp/x", "/tmp/y");
    }

    @Test
    void lastFlagOfAClusterTakesTheNextWordOrTheRest() {
        String script = "tar -xzf /tmp/a.tgz -C /opt";
        Invocation tar = one(script);
        assertThat(options(tar)).containsExactly("--extract", "--gzip", "--file=/tmp/a.tgz", "--directory=/opt");
        assertThat(tar.options().get(2).span().of(script)).isEqualTo("f");
        assertThat(tar.options().get(2).valueSpan().orElseThrow().of(script)).isEqualTo("/tmp/a.tgz");
        assertThat(args(tar)).isEmpty();
        Invocation curl = one("curl -sSfLo/tmp/x https://e.org");
        assertThat(options(curl)).containsExactly("--silent", "--show-error", "--fail", "--location", "--output=/tmp/x");
        assertThat(args(curl)).containsExactly("https://e.org");
    }

    @Test
    void unknownToolsParseGenerically() {
        Invocation tool = one("frobnicate -x --long=v --flag operand -y");
        assertThat(tool.known()).isFalse();
        assertThat(tool.tool()).isEqualTo("frobnicate");
        assertThat(options(tool)).containsExactly("-x", "--long=v", "--flag", "-y");
        assertThat(tool.options()).allMatch(o -> !o.known());
        assertThat(args(tool)).containsExactly("operand");
    }

    @Test
    void unknownOptionsOfAKnownToolAreFlags() {
        Invocation apt = one("apt-get install --frobnicate x");
        assertThat(apt.known()).isTrue();
        assertThat(apt.hasUnknownOptions()).isTrue();
        assertThat(apt.options().get(0).known()).isFalse();
        assertThat(args(apt)).containsExactly("x");
    }

    @Test
    void quotedWordsKeepExactOffsets() {
        String script = "apt-get install \"-y\" 'curl'";
        Invocation apt = one(script);
        assertThat(apt.options().get(0).span().of(script)).isEqualTo("-y");
        assertThat(apt.operandsAfterSubcommand().get(0).span().of(script)).isEqualTo("'curl'");
    }

    @Test
    void assignmentOnlyAndDynamicNamesGiveNothing() {
        assertThat(Commands.all("A=1")).isEmpty();
        assertThat(Commands.all("$CMD install x")).isEmpty();
        assertThat(Commands.all("sudo \"$TOOL\" x")).isEmpty();
    }

    @Test
    void dynamicOperandsAreKept() {
        Invocation apt = one("apt-get install -y \"$PKG\" ${OTHER}=1");
        assertThat(args(apt)).containsExactly("$PKG", "${OTHER}=1");
        assertThat(apt.operandsAfterSubcommand()).noneMatch(Operand::isStatic);
    }

    @Test
    void longOptionAbbreviationsWhereTheToolAllowsThem() {
        Invocation rm = one("rm --recur --forc x");
        assertThat(options(rm)).containsExactly("--recursive", "--force");
        Invocation apt = one("apt-get install --no-install-rec x");
        assertThat(apt.has("--no-install-recommends")).isFalse();
    }
}
