package dev.dlint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.facts.StageReferences.StageReference;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Dockerfiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageReferencesTest {

    private static final String FILE = String.join("\n",
            "FROM debian:12 AS base",
            "COPY --from=later /x /x",
            "FROM base AS builder",
            "RUN --mount=type=bind,from=BASE,target=/b true",
            "FROM alpine:3.20 AS tools",
            "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
            "FROM scratch AS later",
            "COPY --from=1 /out /app",
            "COPY --from=9 /out /app",
            "COPY --from=$STAGE /out /app",
            "");

    @Test
    void valuesResolveToStagesByNameAnywhereOrByIndexAndOtherwiseToNothing() {
        List<StageReference> refs = facts(FILE).stageReferences();
        assertThat(refs).extracting(StageReference::form).containsExactly("COPY --from", "RUN --mount from",
                "COPY --from", "COPY --from", "COPY --from", "COPY --from");
        assertThat(refs).extracting(StageReference::value).containsExactly("later", "BASE", "nginx:1.27", "1", "9",
                "$STAGE");
        assertThat(refs).extracting(r -> r.target().map(Stage::index).orElse(-1)).containsExactly(3, 0, -1, 1, -1, -1);
        assertThat(refs).extracting(StageReference::isIndex).containsExactly(false, false, false, true, true, false);
        assertThat(refs.get(0).range().startLine()).isEqualTo(2);
        assertThat(refs.get(0).range().startColumn()).isEqualTo(13);
    }

    @Test
    void imageStagesAreTheLastStageAndStagesNothingUses() {
        // base is built on, builder is copied from (--from=1), tools is not used, later is the last stage
        assertThat(facts(FILE).imageStages()).extracting(Stage::index).containsExactly(2, 3);
        String chain = "FROM debian:12 AS a\nFROM a AS b\nCOPY --from=a /x /x\nFROM b\n";
        assertThat(facts(chain).imageStages()).extracting(Stage::index).containsExactly(2);
    }

    @Test
    void aStageCopyingFromItselfIsStillAnImageStage() {
        assertThat(facts("FROM alpine:3.20 AS a\nCOPY --from=a /x /y\nFROM alpine:3.20\n").imageStages())
                .extracting(Stage::index).containsExactly(0, 1);
    }

    @Test
    void aGivenTargetIsTheOnlyImageStage() {
        Dockerfile dockerfile = parse(FILE);
        assertThat(DockerfileFacts.of(dockerfile, Optional.of("tools")).imageStages()).extracting(Stage::index)
                .containsExactly(2);
    }

    @Test
    void closestStageNameSuggestsLikelyTypos() {
        Dockerfile dockerfile = parse("FROM golang:1.22 AS builder\nFROM alpine:3.20\n");
        assertThat(StageReferences.closestStageName(dockerfile, "buidler")).contains("builder");
        assertThat(StageReferences.closestStageName(dockerfile, "nginx")).isEmpty();
    }

    @Test
    void wordValuesAreExpandedInTheInstructionsScope() {
        Dockerfile dockerfile = parse("ARG A=1\nFROM alpine:3.20\nARG A\nARG B\nCOPY \"x${A}\" $B /d/\n");
        DockerfileFacts facts = DockerfileFacts.of(dockerfile);
        var copy = (dev.dlint.model.CopyInstruction) dockerfile.stages().get(0).instructions().get(2);
        assertThat(facts.value(copy, copy.transfer().arguments().get(0))).contains("x1");
        assertThat(facts.value(copy, copy.transfer().arguments().get(1))).isEmpty();
        assertThat(facts.value(copy, copy.transfer().arguments().get(2))).contains("/d/");
    }

    private static DockerfileFacts facts(String text) {
        return DockerfileFacts.of(parse(text));
    }

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
    }
}
