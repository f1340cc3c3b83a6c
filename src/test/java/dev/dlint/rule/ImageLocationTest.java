package dev.dlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How image locations read and what identifies them across builds. */
class ImageLocationTest {

    @Test
    void displayAndStableKeyOfEachForm() {
        ImageLocation path = ImageLocation.inLayer(3, "RUN apt-get update", "/var/lib/apt/lists");
        assertThat(path.display()).isEqualTo("layer 3 (RUN apt-get update) /var/lib/apt/lists");
        assertThat(path.stableKey()).isEqualTo("(RUN apt-get update) /var/lib/apt/lists");
        ImageLocation layer = ImageLocation.inLayer(2, "RUN make", "");
        assertThat(layer.display()).isEqualTo("layer 2 (RUN make)");
        assertThat(layer.stableKey()).isEqualTo("(RUN make)");
        ImageLocation config = ImageLocation.inConfig("no User");
        assertThat(config.display()).isEqualTo("image config: no User");
        assertThat(config.stableKey()).isEqualTo("image config: no User");
        assertThat(config.isConfig()).isTrue();
        ImageLocation whole = ImageLocation.wholeImage("lowestEfficiency gate");
        assertThat(whole.display()).isEqualTo("image: lowestEfficiency gate");
        assertThat(whole.stableKey()).isEqualTo("image: lowestEfficiency gate");
        assertThat(whole.isWholeImage()).isTrue();
        assertThat(whole.isConfig()).isFalse();
        assertThat(whole.range().startLine()).isEqualTo(1);
        assertThat(ImageLocation.wholeImage("highestWastedBytes gate").stableKey()).isNotEqualTo(whole.stableKey());
        assertThatThrownBy(() -> new ImageLocation(-3, "", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
