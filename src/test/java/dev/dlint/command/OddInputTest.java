package dev.dlint.command;

import static dev.dlint.command.Commands.args;
import static dev.dlint.command.Commands.one;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.ShellParser;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd command lines parse without exceptions, and missing values or odd dashes do not derail the rest. */
class OddInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"apt-get install -o", "curl -o", "tar -C", "git -C", "python -m", "python -c", "uv pip",
        "sudo --", "sudo -u", "env -u", "xargs -I", "find -exec", "find . -exec rm", "rm --", "rm -", "rm --=x", "rm -=",
        "apt-get -q=", "apt-get -=2", "mvn -D", "go build -o", "wget -n", "tar x", "tar", "pip install -r",
        "pip install --requirement=", "npm install @", "gem install -- --", "bundle install --without",
        "\"\" install", "apt-get '' -y", "apt-get install $(echo x)", "timeout", "chroot"})
    void neverThrows(String script) {
        ParsedScript parsed = ShellParser.parse(script);
        for (Invocation invocation : Invocations.all(parsed)) {
            PackageOperation.classify(invocation).ifPresent(PackageOperation::unpinned);
            assertThat(invocation.options()).allSatisfy(o -> assertThat(o.span().end()).isLessThanOrEqualTo(script.length()));
        }
    }

    @Test
    void randomWordSoupNeverThrows() {
        String[] pieces = {"apt-get", "pip", "python3", "-m", "uv", "sudo", "env", "A=1", "xargs", "-", "--", "-y", "-qq",
            "-o", "--opt=", "=", "install", "x", "\"$V\"", "'q'", "tar", "xzf", "-C", "find", "-exec", ";", "+", "gem",
            "go", "-ldflags", "mvn", "-D", "wget", "-nv", "timeout", "10", "gosu", "u", "npm", "@s/p@1", "yarn"};
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder script = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                script.append(pieces[random.nextInt(pieces.length)]).append(' ');
            }
            ParsedScript parsed = ShellParser.parse(script.toString());
            for (Invocation invocation : Invocations.all(parsed)) {
                PackageOperation.classify(invocation).ifPresent(PackageOperation::unpinned);
                invocation.operandsAfterSubcommand();
                invocation.has("-y");
            }
        }
    }

    @Test
    void missingValueAtTheEndLeavesTheOption() {
        Invocation curl = one("curl https://e.org -o");
        assertThat(curl.has("--output")).isTrue();
        assertThat(curl.value("--output")).isEmpty();
        assertThat(args(curl)).containsExactly("https://e.org");
    }

    @Test
    void aLoneDashIsAnOperand() {
        assertThat(args(one("tar -xzf - -C /opt"))).isEmpty();
        assertThat(args(one("sha256sum -c -"))).containsExactly("-");
    }
}
