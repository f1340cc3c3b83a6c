package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: silent for the first second and when disabled, redrawn in place, erased at the end. */
class ImageProgressTest {

    @Test
    void quietWhenDisabledOrFast() {
        StringWriter err = new StringWriter();
        try (ImageProgress progress = new ImageProgress(new PrintWriter(err), "a.tar", false)) {
            progress.layersDone(1, 2);
        }
        try (ImageProgress progress = new ImageProgress(new PrintWriter(err), "a.tar", true)) {
            progress.layersDone(2, 2);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void slowAnalysesShowTheLayerAndEraseTheLine() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (ImageProgress progress = new ImageProgress(new PrintWriter(err), "big.tar", true)) {
            progress.layersDone(3, 8);
            Thread.sleep(1400);
        }
        assertThat(err.toString()).startsWith("\r\u001b[Kdlint: analysing big.tar: layer 4 of 8 (1 s)")
                .endsWith("\r\u001b[K").doesNotContain("\n");
    }
}
