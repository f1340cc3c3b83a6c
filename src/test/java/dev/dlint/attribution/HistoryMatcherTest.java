package dev.dlint.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.image.HistoryEntry;
import dev.dlint.image.analysis.HistoryAligner;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Dockerfiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One Dockerfile, the history each builder writes for it (the strings as Docker's classic builder, BuildKit, kaniko
 * and buildah write them), and the lines every layer must map to.
 */
class HistoryMatcherTest {

    private static final String DOCKERFILE = String.join("\n",
            "FROM debian:12-slim",                            // 1
            "ARG VERSION=2.1",                                // 2
            "ENV APP=/opt/app",                               // 3
            "WORKDIR $APP",                                   // 4
            "COPY --chown=10:10 app.tar.gz ./",               // 5
            "RUN apt-get update \\",                          // 6
            "    && apt-get install -y curl",                 // 7
            "RUN echo $VERSION > /version",                   // 8
            "CMD [\"app\", \"--serve\"]",                     // 9
            "");
    private static final String HASH = "6a3e8e2b9c1d04f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9";

    /** A history entry; {@code empty} marks {@code empty_layer}. */
    private static HistoryEntry entry(String createdBy, boolean empty) {
        return new HistoryEntry("", createdBy, "", "", empty);
    }

    /** debian:12-slim's own history: one layer and its CMD. */
    private static List<HistoryEntry> debianBase() {
        return List.of(entry("/bin/sh -c #(nop) ADD file:" + HASH + " in / ", false),
                entry("/bin/sh -c #(nop)  CMD [\"bash\"]", true));
    }

    private static Attribution match(String dockerfileText, List<HistoryEntry> ours, String target) {
        List<HistoryEntry> history = new ArrayList<>(debianBase());
        history.addAll(ours);
        return matchWhole(dockerfileText, history, target);
    }

    private static Attribution matchWhole(String dockerfileText, List<HistoryEntry> history, String target) {
        Dockerfile file = Dockerfiles.parse("Dockerfile", dockerfileText.getBytes(StandardCharsets.UTF_8));
        int layers = (int) history.stream().filter(h -> !h.emptyLayer()).count();
        List<Optional<HistoryEntry>> paired = HistoryAligner.align(history, layers, new ArrayList<>());
        Stage stage = target == null ? file.finalStage().orElseThrow()
                : file.stages().stream().filter(s -> s.name().equals(Optional.of(target))).findFirst().orElseThrow();
        return HistoryMatcher.match(history, paired, file, stage, "Dockerfile");
    }

    private static List<String> lines(Attribution attribution) {
        return attribution.layers().stream().map(s -> s.map(l -> l.line() + (l.baseImage() ? " base" : "")
                + (l.uncertain() ? " ?" : "")).orElse("-")).toList();
    }

    @Test
    void dockerClassicBuilder() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("/bin/sh -c #(nop)  ARG VERSION=2.1", true),
                entry("/bin/sh -c #(nop)  ENV APP=/opt/app", true),
                entry("/bin/sh -c #(nop) WORKDIR /opt/app", false),
                entry("/bin/sh -c #(nop) COPY --chown=10:10 file:" + HASH + " in ./ ", false),
                entry("|1 VERSION=2.1 /bin/sh -c apt-get update     && apt-get install -y curl", false),
                entry("|1 VERSION=2.1 /bin/sh -c echo $VERSION > /version", false),
                entry("/bin/sh -c #(nop)  CMD [\"app\" \"--serve\"]", true)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6", "8");
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void buildKit() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("ARG VERSION=2.1", true),
                entry("ENV APP=/opt/app", true),
                entry("WORKDIR /opt/app", false),
                entry("COPY --chown=10:10 app.tar.gz ./ # buildkit", false),
                entry("RUN |1 VERSION=2.1 /bin/sh -c apt-get update     && apt-get install -y curl # buildkit", false),
                entry("RUN |1 VERSION=2.1 /bin/sh -c echo $VERSION > /version # buildkit", false),
                entry("CMD [\"app\" \"--serve\"]", true)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6", "8");
    }

    @Test
    void kaniko() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("ARG VERSION=2.1", true),
                entry("ENV APP=/opt/app", true),
                entry("WORKDIR $APP", false),
                entry("COPY --chown=10:10 app.tar.gz ./", false),
                entry("RUN apt-get update     && apt-get install -y curl", false),
                entry("RUN echo $VERSION > /version", false),
                entry("CMD [\"app\", \"--serve\"]", true)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6", "8");
    }

    @Test
    void buildahFoldsWorkdirIntoTheNextLayer() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("/bin/sh -c #(nop) ARG VERSION", true),
                entry("/bin/sh -c #(nop) ENV APP=/opt/app", true),
                entry("/bin/sh -c #(nop) WORKDIR $APP", true),
                entry("/bin/sh -c #(nop) COPY file:" + HASH + " in ./ ", false),
                entry("|1 VERSION=2.1 /bin/sh -c apt-get update     && apt-get install -y curl", false),
                entry("|1 VERSION=2.1 /bin/sh -c echo $VERSION > /version", false),
                entry("/bin/sh -c #(nop) CMD [\"app\", \"--serve\"]", true)), null);
        assertThat(lines(a)).containsExactly("1 base", "5", "6", "8");
    }

    @Test
    void aNoOpRunThatLeftNoEntryShiftsNothing() {
        String text = DOCKERFILE.replace("RUN echo $VERSION > /version", "RUN true\nRUN echo $VERSION > /version");
        Attribution a = match(text, List.of(
                entry("ENV APP=/opt/app", true),
                entry("WORKDIR /opt/app", false),
                entry("COPY --chown=10:10 app.tar.gz ./ # buildkit", false),
                entry("RUN |1 VERSION=2.1 /bin/sh -c apt-get update     && apt-get install -y curl # buildkit", false),
                entry("RUN |1 VERSION=2.1 /bin/sh -c echo $VERSION > /version # buildkit", false)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6", "9");
    }

    @Test
    void aLineEditedSinceTheBuildIsMatchedByPositionAndSaidToBeUncertain() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("WORKDIR /opt/app", false),
                entry("COPY --chown=10:10 app.tar.gz ./ # buildkit", false),
                entry("RUN /bin/sh -c apt-get update && apt-get install -y wget # buildkit", false),
                entry("RUN /bin/sh -c echo $VERSION > /version # buildkit", false)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6 ?", "8");
        assertThat(a.notes()).singleElement().asString().contains("layer 3 matched to line 6")
                .contains("apt-get install -y wget");
    }

    @Test
    void aLayerNoLineExplainsStaysUnattributed() {
        Attribution a = match(DOCKERFILE, List.of(
                entry("WORKDIR /opt/app", false),
                entry("COPY --chown=10:10 app.tar.gz ./ # buildkit", false),
                entry("RUN /bin/sh -c apt-get update     && apt-get install -y curl # buildkit", false),
                entry("COPY --from=tools /usr/bin/jq /usr/bin/jq # buildkit", false),
                entry("RUN /bin/sh -c echo $VERSION > /version # buildkit", false)), null);
        assertThat(lines(a)).containsExactly("1 base", "4", "5", "6", "-", "8");
        assertThat(a.notes()).singleElement().asString().startsWith("layer 4 (COPY --from=tools");
    }

    @Test
    void theTargetChainIncludesTheStagesItIsBuiltOn() {
        String text = String.join("\n",
                "ARG BASE=alpine:3.20",                          // 1
                "FROM ${BASE} AS base",                          // 2
                "RUN apk add --no-cache ca-certificates",        // 3
                "FROM base AS build",                            // 4
                "RUN make",                                      // 5
                "FROM base AS app",                              // 6
                "COPY --from=build /out/app /usr/bin/app",       // 7
                "USER 1000",                                     // 8
                "FROM app AS debug",                             // 9
                "RUN apk add --no-cache strace",                 // 10
                "");
        List<HistoryEntry> history = List.of(
                entry("ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit", false),
                entry("CMD [\"/bin/sh\"]", true),
                entry("RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit", false),
                entry("COPY /out/app /usr/bin/app # buildkit", false),
                entry("USER 1000", true));
        assertThat(lines(matchWhole(text, history, "app"))).containsExactly("2 base", "3", "7");
    }

    @Test
    void fromScratchHasNoBaseLayers() {
        String text = "FROM scratch\nCOPY app /app\nCMD [\"/app\"]\n";
        List<HistoryEntry> history = List.of(entry("COPY app /app # buildkit", false),
                entry("CMD [\"/app\"]", true));
        assertThat(lines(matchWhole(text, history, null))).containsExactly("2");
    }

    @Test
    void noHistoryAttributesNothingAndSaysSo() {
        Dockerfile file = Dockerfiles.parse("Dockerfile", DOCKERFILE.getBytes(StandardCharsets.UTF_8));
        Attribution a = HistoryMatcher.match(List.of(), List.of(Optional.empty(), Optional.empty()), file,
                file.finalStage().orElseThrow(), "Dockerfile");
        assertThat(lines(a)).containsExactly("-", "-");
        assertThat(a.notes()).hasSize(2).allMatch(n -> n.contains("has no history entry"));
    }
}
