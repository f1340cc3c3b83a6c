package dev.dlint.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small pieces of BuildKit's behaviour the check rules rely on. */
class BuildKitKnowledgeTest {

    @Test
    void platformsParseAsContainerdDoes() {
        assertThat(Platforms.parse("linux/amd64")).contains(new Platforms.Platform("linux", "amd64", ""));
        assertThat(Platforms.parse("linux/x86_64")).contains(new Platforms.Platform("linux", "amd64", ""));
        assertThat(Platforms.parse("linux/arm/v7")).contains(new Platforms.Platform("linux", "arm", "v7"));
        assertThat(Platforms.parse("arm64")).contains(new Platforms.Platform("linux", "arm64", ""));
        assertThat(Platforms.parse("windows")).contains(new Platforms.Platform("windows", "amd64", ""));
        assertThat(Platforms.parse("nonsense")).isEmpty();
        assertThat(Platforms.parse("linux/amd64/v2/x")).isEmpty();
        assertThat(Platforms.parse("linux/")).isEmpty();
    }

    @Test
    void secretNamesFollowBuildKitsPatternAndHadolintsGluedWords() {
        for (String name : new String[] {"SECRET_PASSPHRASE", "SUPER_Secret", "password", "auth", "apikey", "git_key",
                "super_duper_secret_token", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN"}) {
            assertThat(SecretNames.match(name, "")).as(name).isEqualTo(SecretNames.Match.BUILDKIT);
        }
        for (String name : new String[] {"PGPASSWORD", "githubToken", "dbPassword", "CLIENTSECRET"}) {
            assertThat(SecretNames.match(name, "")).as(name).isEqualTo(SecretNames.Match.HADOLINT);
        }
        for (String name : new String[] {"PUBLIC_KEY", "public_token", "PASSWORD_FILE", "KEY_VERSION", "sunflower",
                "TOKENIZERS_PARALLELISM", "GOPRIVATE", "MONKEY", "USERNAME", "GPG_KEY", "NODE_GPG_KEYS"}) {
            assertThat(SecretNames.match(name, "")).as(name).isEqualTo(SecretNames.Match.NONE);
        }
        assertThat(SecretNames.match("TLS_KEY", "/etc/tls/server.key")).isEqualTo(SecretNames.Match.NONE);
        assertThat(SecretNames.match("RESET_PASSWORD", "reset-password.sh")).isEqualTo(SecretNames.Match.NONE);
        assertThat(SecretNames.match("API_KEY", "sk-live-1234")).isEqualTo(SecretNames.Match.BUILDKIT);
    }

    @Test
    void plainCommandsBecomeExecForm() {
        assertThat(PlainCommand.asJson("my-program start --port=80")).contains("[\"my-program\", \"start\", \"--port=80\"]");
        assertThat(PlainCommand.asJson("  nginx\t-g  off ")).contains("[\"nginx\", \"-g\", \"off\"]");
        for (String shell : new String[] {"echo $HOME", "a && b", "say \"hi\"", "ls *.txt", "run > log", "~/start",
                "cd /app", "DEBUG=1 start", "start # comment", "exec", "a;b", "x | y", "`date`"}) {
            assertThat(PlainCommand.asJson(shell)).as(shell).isEmpty();
        }
    }

    @Test
    void legacyValuesKeepTheirMeaningInKeyValueForm() {
        assertThat(KeyValueForm.of("value", '\\')).contains(KeyValueForm.Rewrite.AS_IS);
        assertThat(KeyValueForm.of("\"hello world\"", '\\')).contains(KeyValueForm.Rewrite.AS_IS);
        assertThat(KeyValueForm.of("a\\ b", '\\')).contains(KeyValueForm.Rewrite.AS_IS);
        assertThat(KeyValueForm.of("a b  c", '\\')).contains(KeyValueForm.Rewrite.DOUBLE_QUOTED);
        assertThat(KeyValueForm.of("\"a b\" c", '\\')).isEmpty();
        assertThat(KeyValueForm.of("a\\ b c", '\\')).isEmpty();
        assertThat(KeyValueForm.of("it's here", '\\')).isEmpty();
        assertThat(KeyValueForm.of("", '\\')).isEmpty();
    }

    @Test
    void copySourcesAreCleanedAsGoCleansThem() {
        assertThat(IgnoredSources.cleaned("./a/../b")).isEqualTo("b");
        assertThat(IgnoredSources.cleaned("/x/./y/")).isEqualTo("/x/y");
        assertThat(IgnoredSources.cleaned(".")).isEqualTo(".");
        assertThat(IgnoredSources.cleaned("../up/./x")).isEqualTo("../up/x");
        assertThat(IgnoredSources.cleaned("/../x")).isEqualTo("/x");
        assertThat(Optional.of(IgnoredSources.cleaned("a//b"))).contains("a/b");
    }
}
