package dev.dlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rule.ImageDigests;
import dev.dlint.testing.FakeSkopeo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code --resolve-digests} asks skopeo, with a skopeo the test writes as the only tool on PATH. */
class RegistryDigestsTest {

    @TempDir
    Path tools;

    @Test
    void theDigestIsTheSha256OfTheManifestSkopeoPrints() throws IOException {
        FakeSkopeo.write(tools, List.of("alpine:3.20 = {\"schemaVersion\":2}"));
        ImageDigests.Lookup lookup = new RegistryDigests(Map.of("PATH", tools.toString())).lookup("alpine:3.20");
        // printf '%s' '{"schemaVersion":2}' | sha256sum
        assertThat(lookup.digest()).contains("sha256:bafebd36189ad3688b7b3915ea55d461e0bfcfbdde11e54b0a123999fb6be50f");
    }

    @Test
    void anImageSkopeoCannotResolveGivesItsComplaint() throws IOException {
        FakeSkopeo.write(tools, List.of("alpine:3.20 = {}"));
        ImageDigests.Lookup lookup = new RegistryDigests(Map.of("PATH", tools.toString())).lookup("nginx:latest");
        assertThat(lookup.digest()).isEmpty();
        assertThat(lookup.reason()).startsWith("skopeo could not resolve it: FATA[0000] Error parsing image name");
    }

    @Test
    void withoutCraneOrSkopeoNothingIsAskedAndTheReasonSaysSo() {
        ImageDigests.Lookup lookup = new RegistryDigests(Map.of("PATH", tools.toString())).lookup("alpine:3.20");
        assertThat(lookup.digest()).isEmpty();
        assertThat(lookup.reason()).isEqualTo("--resolve-digests needs crane or skopeo on PATH");
    }

    @Test
    void offlineNeverAnswers() {
        ImageDigests.Lookup lookup = ImageDigests.offline().lookup("alpine:3.20");
        assertThat(lookup.digest()).isEmpty();
        assertThat(lookup.reason()).contains("--resolve-digests");
    }
}
