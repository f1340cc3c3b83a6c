package dev.dlint.command;

import static dev.dlint.command.Commands.args;
import static dev.dlint.command.Commands.one;
import static dev.dlint.command.Commands.options;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tools run through another program: {@code python -m pip}, {@code uv pip}, and the many names pip goes by. */
class FrontTest {

    @Test
    void pythonDashMPip() {
        String script = "python3 -m pip install --no-cache-dir -r req.txt";
        Invocation pip = one(script);
        assertThat(pip.tool()).isEqualTo("pip");
        assertThat(pip.spelled()).isEqualTo("pip");
        assertThat(pip.front()).map(Front::text).contains("python3 -m");
        assertThat(pip.front()).map(Front::tool).contains("python");
        assertThat(pip.front().orElseThrow().span().of(script)).isEqualTo("python3 -m");
        assertThat(pip.isSubcommand("install")).isTrue();
        assertThat(options(pip)).containsExactly("--no-cache-dir", "--requirement=req.txt");
        assertThat(args(pip)).isEmpty();
        assertThat(pip.nameWord().start()).isEqualTo(script.indexOf("pip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"python -m pip install x", "python3.11 -m pip install x", "python -Im pip install x",
        "python -mpip install x", "pip install x", "pip3 install x", "pip3.12 install x", "/usr/local/bin/pip3 install x",
        "python -u -m pip install x", "uv pip install x", "uv --no-cache pip install x"})
    void everySpellingOfPip(String script) {
        Invocation pip = one(script);
        assertThat(pip.tool()).isEqualTo("pip");
        assertThat(pip.isSubcommand("install")).isTrue();
        assertThat(args(pip)).containsExactly("x");
    }

    @Test
    void interpreterOptionsStayWithTheFront() {
        Invocation pip = one("python -I -m pip install x");
        assertThat(pip.front().orElseThrow().options()).extracting(Option::name).containsExactly("-I", "-m");
        assertThat(pip.options()).isEmpty();
        assertThat(one("python -mpip install x").front().orElseThrow().words()).hasSize(2);
    }

    @Test
    void uvPipUsesUvAsFrontAndKnowsUvOptions() {
        String script = "uv --no-cache pip install --system -p 3.12 x";
        Invocation pip = one(script);
        assertThat(pip.front()).map(Front::text).contains("uv");
        assertThat(pip.front().orElseThrow().options()).extracting(Option::name).containsExactly("--no-cache");
        assertThat(options(pip)).containsExactly("--system", "-p=3.12");
        assertThat(pip.spelled()).isEqualTo("pip");
    }

    @Test
    void otherModulesAndScriptsArePythonItself() {
        Invocation venv = one("python3 -m venv /opt/venv");
        assertThat(venv.tool()).isEqualTo("python");
        assertThat(venv.value("-m")).contains("venv");
        assertThat(args(venv)).containsExactly("/opt/venv");
        Invocation script = one("python3 setup.py install --user");
        assertThat(script.tool()).isEqualTo("python");
        assertThat(args(script)).containsExactly("setup.py", "install", "--user");
        Invocation code = one("python -c 'import x' -m pip");
        assertThat(code.tool()).isEqualTo("python");
        assertThat(args(code)).containsExactly("-m", "pip");
    }
}
