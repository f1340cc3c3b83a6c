package dev.dlint.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.facts.StageGraph.Shipping;
import dev.dlint.model.Dockerfile;
import dev.dlint.syntax.Dockerfiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageGraphTest {

    private static final String MULTI = String.join("\n",
            "FROM debian:12 AS base",
            "FROM base AS builder",
            "RUN make",
            "FROM alpine:3.20 AS tools",
            "FROM base AS test",
            "COPY --from=tools /bin/x /bin/x",
            "FROM gcr.io/distroless/static AS final",
            "COPY --from=builder /out /app",
            "RUN --mount=from=tools,target=/t true",
            "");

    @Test
    void theTargetAndItsBasesShipLayersStagesItCopiesFromShipFiles() {
        assertThat(shipping(MULTI, Optional.empty())).containsExactly(Shipping.FILES, Shipping.FILES, Shipping.FILES,
                Shipping.NONE, Shipping.LAYERS);
        assertThat(graph(MULTI, Optional.empty()).target().orElseThrow().name()).contains("final");
    }

    @Test
    void anotherTargetChangesWhatShips() {
        assertThat(shipping(MULTI, Optional.of("TEST"))).containsExactly(Shipping.LAYERS, Shipping.NONE, Shipping.FILES,
                Shipping.LAYERS, Shipping.NONE);
    }

    @Test
    void stagesAreReferencedByIndexNeverThroughVariables() {
        String text = String.join("\n", "ARG SRC=build", "FROM golang:1.22 AS build", "RUN go build",
                "FROM alpine:3.20 AS other", "FROM scratch", "ARG SRC", "COPY --from=$SRC /x /x", "COPY --from=1 /y /y", "");
        // BuildKit refuses a variable in --from: it names no stage
        assertThat(shipping(text, Optional.empty())).containsExactly(Shipping.NONE, Shipping.FILES,
                Shipping.LAYERS);
    }

    @Test
    void anImageNameIsNotAStage() {
        String text = "FROM alpine:3.20 AS a\nFROM scratch\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n";
        assertThat(graph(text, Optional.empty()).uses()).isEmpty();
        assertThat(shipping(text, Optional.empty())).containsExactly(Shipping.NONE, Shipping.LAYERS);
    }

    @Test
    void anUnknownTargetIsAnError() {
        assertThatThrownBy(() -> graph(MULTI, Optional.of("nope"))).hasMessageContaining("no stage named \"nope\"");
    }

    private static StageGraph graph(String text, Optional<String> target) {
        return StageGraph.of(parse(text), target);
    }

    private static List<Shipping> shipping(String text, Optional<String> target) {
        Dockerfile dockerfile = parse(text);
        StageGraph graph = StageGraph.of(dockerfile, target);
        return dockerfile.stages().stream().map(graph::shipping).toList();
    }

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
    }
}
