package dev.dlint.command;

import static dev.dlint.command.Commands.args;
import static dev.dlint.command.Commands.one;
import static dev.dlint.command.Commands.options;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Wrappers are looked through to the command they run, and kept on the invocation. */
class WrapperTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sudo apt-get install -y curl|sudo|apt-get|curl",
        "sudo -u app -E apt-get install -y curl|sudo|apt-get|curl",
        "sudo --user=app -- apt-get install curl|sudo|apt-get|curl",
        "env -i -u HOME A=1 apt-get install curl|env|apt-get|curl",
        "exec apt-get install curl|exec|apt-get|curl",
        "exec -a name apt-get install curl|exec|apt-get|curl",
        "command apt-get install curl|command|apt-get|curl",
        "nice -n 10 apt-get install curl|nice|apt-get|curl",
        "nice --adjustment=5 apt-get install curl|nice|apt-get|curl",
        "nohup apt-get install curl|nohup|apt-get|curl",
        "time -p apt-get install curl|time|apt-get|curl",
        "xargs -0 -n 1 -I {} apt-get install|xargs|apt-get|",
        "gosu app apt-get install curl|gosu|apt-get|curl",
        "su-exec app:app apt-get install curl|su-exec|apt-get|curl",
        "chroot --userspec=1:1 /target apt-get install curl|chroot|apt-get|curl",
        "eatmydata apt-get install curl|eatmydata|apt-get|curl",
        "stdbuf -oL -e0 apt-get install curl|stdbuf|apt-get|curl",
        "timeout -s KILL 10m apt-get install curl|timeout|apt-get|curl",
    })
    void eachWrapperIsLookedThrough(String script, String wrapper, String tool, String operand) {
        Invocation invocation = one(script);
        assertThat(invocation.tool()).isEqualTo(tool);
        assertThat(invocation.wrappers()).extracting(Wrapper::name).containsExactly(wrapper);
        assertThat(invocation.isSubcommand("install")).isTrue();
        assertThat(args(invocation)).containsExactlyElementsOf(operand == null ? java.util.List.of() : java.util.List.of(operand));
    }

    @Test
    void nestedWrappersKeepTheirOrderOptionsAndEnvironment() {
        String script = "sudo -E env A=1 B=\"$X\" xargs -0 rm -rf";
        Invocation rm = one(script);
        assertThat(rm.tool()).isEqualTo("rm");
        assertThat(options(rm)).containsExactly("--recursive", "--force");
        assertThat(rm.wrappers()).extracting(Wrapper::name).containsExactly("sudo", "env", "xargs");
        assertThat(rm.wrappers().get(0).options()).extracting(Option::name).containsExactly("--preserve-env");
        assertThat(rm.wrappers().get(2).options()).extracting(Option::name).containsExactly("--null");
        assertThat(rm.wrappers().get(1).span().of(script)).isEqualTo("env A=1 B=\"$X\"");
        assertThat(rm.environment()).extracting(EnvironmentAssignment::name).containsExactly("A", "B");
        assertThat(rm.environment().get(0).isStatic()).isTrue();
        assertThat(rm.environment().get(1).isStatic()).isFalse();
        assertThat(rm.environment().get(1).setBy()).isEqualTo("env");
        assertThat(rm.stdinOperands()).isTrue();
        assertThat(rm.nameWord().start()).isEqualTo(script.indexOf("rm"));
    }

    @Test
    void prefixAssignmentsApply() {
        Invocation pip = one("PIP_NO_CACHE_DIR=1 sudo PIP_X=2 pip install x");
        assertThat(pip.environment()).extracting(e -> e.name() + "=" + e.value())
                .containsExactly("PIP_NO_CACHE_DIR=1", "PIP_X=2");
        assertThat(pip.environment().get(0).setBy()).isEmpty();
        assertThat(pip.environment().get(1).setBy()).isEqualTo("sudo");
    }

    @Test
    void wrapperThatRunsNothingIsTheToolItself() {
        assertThat(one("sudo -l").tool()).isEqualTo("sudo");
        assertThat(one("command -v curl").tool()).isEqualTo("command");
        assertThat(args(one("command -v curl"))).containsExactly("curl");
        assertThat(one("env").tool()).isEqualTo("env");
        assertThat(one("timeout 10").tool()).isEqualTo("timeout");
        assertThat(one("xargs").wrappers()).isEmpty();
        assertThat(one("gosu").known()).isTrue();
    }

    @Test
    void wrapperOptionsStopAtTheCommand() {
        Invocation apt = one("sudo apt-get -u install x");
        assertThat(apt.wrappers().get(0).options()).isEmpty();
        assertThat(options(apt)).containsExactly("--show-upgraded");
    }
}
