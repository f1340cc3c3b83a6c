package dev.dlint.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rule.Finding;
import dev.dlint.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The related locations of SplitInstallCleanup, which the fixtures' markers do not check: the creation, and every later
 * deletion of the same bytes, even when one deletion removes the bytes of two leaks.
 */
class SplitInstallCleanupRelatedTest {

    @Test
    void twoCleanupsInOneRunAreOneFindingWithTheCreationAndTheSecondCleanupRelated() {
        List<Finding> found = findings("FROM debian:12-slim\n"
                + "RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz\n"
                + "RUN tar -xzf /tmp/app.tgz -C /opt && rm -f /tmp/app.tgz && rm -rf /tmp/*\n");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.range().startLine()).isEqualTo(3);
            assertThat(f.related()).extracting(r -> r.range().startLine() + ":" + r.range().startColumn())
                    .containsExactly("2:5", "3:67");
        });
    }

    @Test
    void aLaterDeletionOfTheBytesOfTwoLeaksIsRelatedToBoth() {
        List<Finding> found = findings("FROM debian:12-slim\n"
                + "RUN apt-get update\n"
                + "RUN rm -rf /var/lib/apt/lists/*\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10\n"
                + "RUN rm -rf /var/lib/apt/lists/*\n"
                + "RUN rm -rf /var/lib/apt/lists/*\n");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).related()).extracting(r -> r.range().startLine()).containsExactly(2, 6);
        assertThat(found.get(1).related()).extracting(r -> r.range().startLine()).containsExactly(4, 6);
    }

    private static List<Finding> findings(String text) {
        return RuleRunner.lint(text).reported().stream().filter(f -> f.rule().equals("SplitInstallCleanup")).toList();
    }
}
