package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The composite GitHub Action in {@code action.yml}: the structure GitHub requires, and the safety rules for
 * composite steps (every {@code run} names its shell, inputs reach scripts through {@code env} only, actions are
 * pinned to a version). {@code .ci/action-test.sh} runs its scripts.
 */
class ActionYamlTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static JsonNode action;

    @BeforeAll
    static void load() throws IOException {
        action = new YAMLMapper().readTree(SharedFiles.projectRoot().resolve("action.yml").toFile());
    }

    private static List<JsonNode> steps() {
        List<JsonNode> steps = new ArrayList<>();
        action.path("runs").path("steps").forEach(steps::add);
        return steps;
    }

    @Test
    void hasTheKeysGithubRequires() {
        assertThat(action.path("name").asText()).isNotBlank();
        assertThat(action.path("description").asText()).isNotBlank();
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        assertThat(steps()).isNotEmpty();
    }

    @Test
    void declaresTheInputsUsersConfigure() {
        JsonNode inputs = action.path("inputs");
        for (String name : List.of("paths", "config", "failure-threshold", "format", "category", "sarif-file",
                "upload-sarif", "version")) {
            assertThat(inputs.has(name)).as("input %s", name).isTrue();
        }
        inputs.fields().forEachRemaining(input -> {
            assertThat(input.getValue().path("description").asText()).as("description of %s", input.getKey()).isNotBlank();
            assertThat(input.getValue().has("default")).as("default of %s", input.getKey()).isTrue();
        });
    }

    @Test
    void everyRunStepNamesItsShellAndEveryStepDoesOneThing() {
        for (JsonNode step : steps()) {
            String name = step.path("name").asText();
            assertThat(name).as("every step has a name").isNotBlank();
            assertThat(step.has("run") ^ step.has("uses")).as("step '%s' has either run or uses", name).isTrue();
            if (step.has("run")) {
                assertThat(step.path("shell").asText()).as("shell of step '%s'", name).isIn("bash", "sh");
            }
        }
    }

    @Test
    void scriptsReadInputsFromEnvNeverFromExpressions() {
        for (JsonNode step : steps()) {
            if (step.has("run")) {
                assertThat(step.path("run").asText()).as("script of step '%s'", step.path("name").asText())
                        .doesNotContain("${{");
            }
        }
    }

    @Test
    void usedActionsArePinnedToAVersion() {
        for (JsonNode step : steps()) {
            if (step.has("uses")) {
                assertThat(step.path("uses").asText()).matches("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})");
            }
        }
        assertThat(steps()).anySatisfy(step -> assertThat(step.path("uses").asText())
                .startsWith("github/codeql-action/upload-sarif@"));
    }

    @Test
    void expressionsReferToDeclaredInputsAndEarlierSteps() throws IOException {
        Set<String> inputs = new HashSet<>();
        action.path("inputs").fieldNames().forEachRemaining(inputs::add);
        Set<String> earlierSteps = new HashSet<>();
        for (JsonNode step : steps()) {
            String yaml = new YAMLMapper().writeValueAsString(step);
            assertReferences(yaml, inputs, earlierSteps);
            if (step.has("id")) {
                earlierSteps.add(step.path("id").asText());
            }
        }
        assertReferences(new YAMLMapper().writeValueAsString(action.path("outputs")), inputs, earlierSteps);
    }

    private static void assertReferences(String text, Set<String> inputs, Set<String> steps) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher input = Pattern.compile("inputs\\.([\\w-]+)").matcher(expression.group(1));
            while (input.find()) {
                assertThat(inputs).as("input used in %s", expression.group()).contains(input.group(1));
            }
            Matcher step = Pattern.compile("steps\\.([\\w-]+)\\.").matcher(expression.group(1));
            while (step.find()) {
                assertThat(steps).as("step used in %s", expression.group()).contains(step.group(1));
            }
        }
        Matcher bareIf = Pattern.compile("(?m)^if: (.*)$").matcher(text);
        while (bareIf.find()) {
            Matcher step = Pattern.compile("steps\\.([\\w-]+)\\.").matcher(bareIf.group(1));
            while (step.find()) {
                assertThat(steps).as("step used in if: %s", bareIf.group(1)).contains(step.group(1));
            }
            Matcher input = Pattern.compile("inputs\\.([\\w-]+)").matcher(bareIf.group(1));
            while (input.find()) {
                assertThat(inputs).as("input used in if: %s", bareIf.group(1)).contains(input.group(1));
            }
        }
    }

    @Test
    void readmeShowsACompleteWorkflowThatUsesTheAction() throws IOException {
        String readme = Files.readString(SharedFiles.projectRoot().resolve("README.md"));
        Matcher block = Pattern.compile("```yaml\\n(name: .*?)```", Pattern.DOTALL).matcher(readme);
        List<JsonNode> workflows = new ArrayList<>();
        while (block.find()) {
            JsonNode yaml = new YAMLMapper().readTree(block.group(1));
            if (yaml.has("jobs")) {
                workflows.add(yaml);
            }
        }
        assertThat(workflows).as("a workflow in the README").isNotEmpty();
        JsonNode workflow = workflows.get(0);
        assertThat(workflow.path("permissions").path("security-events").asText()).isEqualTo("write");
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
        List<String> uses = new ArrayList<>();
        workflow.path("jobs").elements().forEachRemaining(job ->
                job.path("steps").forEach(step -> uses.add(step.path("uses").asText())));
        assertThat(uses).anySatisfy(u -> assertThat(u).startsWith("actions/checkout@"));
        assertThat(uses).anySatisfy(u -> assertThat(u).startsWith("dlint-dev/dlint@"));
    }
}
