package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoTextTest {

    @Test
    void runeToStringMapsEndOfInputToReplacementCharacter() {
        assertThat(GoText.runeToString(CodePointScanner.EOF)).isEqualTo("\uFFFD");
        assertThat(GoText.runeToString(0xD800)).isEqualTo("\uFFFD");
        assertThat(GoText.runeToString('}')).isEqualTo("}");
        assertThat(GoText.runeToString(0x1F600)).isEqualTo("😀");
    }
}
