package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dlint.engine.DockerfileFinder;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code .pre-commit-hooks.yaml}: the two lint hooks and the fix hook exist with the keys pre-commit needs, and their {@code files} /
 * {@code exclude} patterns select the same names as dlint's own directory search. pre-commit applies them with
 * Python's {@code re.search}, which for these patterns behaves as Java's {@code find}. The real end-to-end check is
 * {@code .ci/pre-commit-test.sh} (pre-commit try-repo).
 */
class PreCommitHooksTest {

    private static List<JsonNode> hooks;

    @BeforeAll
    static void load() throws IOException {
        JsonNode manifest = new YAMLMapper().readTree(SharedFiles.projectRoot().resolve(".pre-commit-hooks.yaml").toFile());
        hooks = new ArrayList<>();
        manifest.forEach(hooks::add);
    }

    private static JsonNode hook(String id) {
        return hooks.stream().filter(h -> h.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void systemAndScriptHooks() {
        assertThat(hooks).extracting(h -> h.path("id").asText()).containsExactly("dlint", "dlint-script", "dlint-fix");
        assertThat(hook("dlint").path("language").asText()).isEqualTo("system");
        assertThat(hook("dlint-script").path("language").asText()).isEqualTo("script");
        assertThat(hook("dlint-script").path("entry").asText()).startsWith("dlint ");
        assertThat(hook("dlint-fix").path("language").asText()).isEqualTo("system");
        assertThat(hook("dlint-fix").path("entry").asText()).isEqualTo("dlint fix");
        assertThat(SharedFiles.projectRoot().resolve("dlint")).isExecutable();
        for (JsonNode hook : hooks) {
            assertThat(hook.path("name").asText()).isNotBlank();
            if (!hook.path("id").asText().equals("dlint-fix")) {
                assertThat(hook.path("entry").asText()).isEqualTo("dlint lint");
            }
            assertThat(hook.path("require_serial").asBoolean()).isTrue();
            assertThat(hook.path("types_or")).extracting(JsonNode::asText).containsExactly("dockerfile", "text");
            assertThat(hook.has("types")).isFalse();
        }
    }

    @Test
    void filePatternsSelectDockerfilesOnly() {
        Pattern files = Pattern.compile(hook("dlint").path("files").asText());
        Pattern exclude = Pattern.compile(hook("dlint").path("exclude").asText());
        List<String> selected = List.of("Dockerfile", "Containerfile", "dockerfile", "docker/api/Dockerfile",
                "Dockerfile.prod", "Dockerfile-dev", "Dockerfile_old", "ci/web.dockerfile", "build.Dockerfile",
                "app.Containerfile", "sub/Containerfile.arm64");
        List<String> skipped = List.of("Dockerfile.dockerignore", "Dockerfile.md", "docs/Dockerfile.txt",
                "Dockerfile.j2", "Dockerfile.yaml", "README.md", "dockerfiles/readme", "MyDockerfileNotes",
                "docker-compose.yml", "Dockerfile.sh");
        for (String path : selected) {
            assertThat(files.matcher(path).find() && !exclude.matcher(path).find()).as("selects %s", path).isTrue();
        }
        for (String path : skipped) {
            assertThat(files.matcher(path).find() && !exclude.matcher(path).find()).as("skips %s", path).isFalse();
        }
    }

    @Test
    void allHooksShareTheirSelection() {
        for (String key : List.of("files", "exclude", "types_or", "minimum_pre_commit_version")) {
            assertThat(hook("dlint-script").path(key)).as(key).isEqualTo(hook("dlint").path(key));
            assertThat(hook("dlint-fix").path(key)).as(key).isEqualTo(hook("dlint").path(key));
        }
    }

    @Test
    void hookPatternsAreTheDirectorySearchPatterns() {
        assertThat(hook("dlint").path("files").asText().replace("(^|/)", "^"))
                .isEqualTo(DockerfileFinder.NAME_PATTERN);
        assertThat(hook("dlint").path("exclude").asText()).isEqualTo(DockerfileFinder.EXCLUDE_PATTERN);
    }

    @Test
    void hookSelectionAgreesWithTheDirectorySearchForPlainNames() {
        Pattern files = Pattern.compile(hook("dlint").path("files").asText());
        Pattern exclude = Pattern.compile(hook("dlint").path("exclude").asText());
        for (String name : List.of("Dockerfile", "Containerfile", "Dockerfile.prod", "web.dockerfile", "x.Containerfile",
                "Dockerfile-prod", "Dockerfile_dev", "Containerfile-arm64", "Containerfile_x", "Containerfile.rhel",
                "build.Dockerfile", "dockerfile", "MyDockerfile", "Dockerfiles", "Dockerfile.swp", "Dockerfile.py",
                "Dockerfile.dockerignore", "Dockerfile.md", "Dockerfile.json", "notes.txt")) {
            boolean hookSelects = files.matcher(name).find() && !exclude.matcher(name).find();
            assertThat(hookSelects).as(name).isEqualTo(DockerfileFinder.isDockerfileName(name));
        }
    }
}
