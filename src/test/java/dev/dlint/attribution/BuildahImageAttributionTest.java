package dev.dlint.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.analysis.WasteKind;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image {@code testdata/images/attribution/build.sh} builds from the Containerfile beside it with
 * {@code buildah build --layers --target app}: every layer maps to its line, the two layers of the busybox base
 * image to the FROM line, and every wasted file to the lines that wrote and hid it.
 */
class BuildahImageAttributionTest {

    static final Path DIR = Path.of(System.getProperty("dlint.basedir", "."), "testdata", "images", "attribution");
    private static ImageAnalysis analysis;
    private static Dockerfile dockerfile;

    @BeforeAll
    static void read() throws IOException {
        analysis = ImageAnalyzer.analyze(DIR.resolve("attribution-oci.tar"), ImageSelection.defaults());
        dockerfile = Dockerfiles.parse("Containerfile", Files.readAllBytes(DIR.resolve("Containerfile")));
    }

    static Stage stage(Dockerfile file, String name) {
        return file.stages().stream().filter(s -> s.name().equals(Optional.of(name))).findFirst().orElseThrow();
    }

    @Test
    void everyLayerMapsToItsLine() {
        Attribution attribution = HistoryMatcher.match(analysis.image(), dockerfile, stage(dockerfile, "app"),
                "Containerfile");
        assertThat(attribution.layers()).extracting(s -> s.map(LayerSource::line).orElse(0),
                s -> s.map(LayerSource::endLine).orElse(0), s -> s.map(LayerSource::baseImage).orElse(false),
                s -> s.map(LayerSource::uncertain).orElse(true))
                .containsExactly(
                        tuple(6, 6, true, false),    // COPY busybox: the base image
                        tuple(6, 6, true, false),    // RUN busybox --install: the base image
                        tuple(7, 7, false, false),   // COPY apt-get /usr/bin/apt-get (stage base)
                        tuple(17, 17, false, false), // RUN apt-get update && apt-get install
                        tuple(18, 18, false, false), // COPY app/ ${APP_HOME}/
                        tuple(19, 20, false, false), // RUN chown -R … \ && head … > settings.txt
                        tuple(21, 21, false, false), // RUN rm -rf /var/lib/apt/lists/*
                        tuple(22, 22, false, false)); // COPY --from=build
        assertThat(attribution.notes()).isEmpty();
        assertThat(attribution.layers()).allMatch(s -> s.orElseThrow().match() == Match.HISTORY);
    }

    @Test
    void theWasteIsWhatTheContainerfileMadeOnPurpose() {
        List<WastedFile> files = analysis.waste().files();
        assertThat(files).extracting(WastedFile::path, WastedFile::bytes, WastedFile::layer, WastedFile::hiddenByLayer,
                WastedFile::kind).containsExactlyInAnyOrder(
                tuple("var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages", 1500000L, 3, 6,
                        WasteKind.DELETED),
                tuple("var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", 9000L, 3, 6,
                        WasteKind.DELETED),
                tuple("srv/app/app.bin", 1200000L, 4, 5, WasteKind.METADATA_ONLY_COPY),
                tuple("srv/app/settings.txt", 1500L, 4, 5, WasteKind.OVERWRITTEN),
                tuple("srv/app/config.yaml", 11L, 4, 5, WasteKind.METADATA_ONLY_COPY));
    }
}
