package dev.dlint.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileModesTest {

    @ParameterizedTest
    @ValueSource(strings = {"777", "0777", "666", "0666", "a+rwx", "o+w", "ugo+rwx", "a=rwx", "u+x,o+w", "0002"})
    void worldWritable(String mode) {
        assertThat(FileModes.worldWritable(mode)).as(mode).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"755", "0644", "1777", "a+rwxt", "+w", "u+w,g+w", "a+rx", "o-w", "abc", "7777x"})
    void notWorldWritable(String mode) {
        assertThat(FileModes.worldWritable(mode)).as(mode).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"440", "0644", "755", "o-w", "a-w", "-w", "go-rwx", "o=r", "a=rX", "o+w,o-w"})
    void removesWorldWrite(String mode) {
        assertThat(FileModes.removesWorldWrite(mode)).as(mode).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"666", "0777", "+x", "u+w", "u-w", "g=r", "o-w,o+w", "a=rw", "u+s", "nonsense"})
    void leavesWorldWrite(String mode) {
        assertThat(FileModes.removesWorldWrite(mode)).as(mode).isFalse();
    }
}
