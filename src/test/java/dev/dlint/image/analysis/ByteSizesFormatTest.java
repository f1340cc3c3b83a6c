package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-humanize's {@code Bytes}: what dive prints, and what dlint prints for sizes. */
class ByteSizesFormatTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0 B", "9, 9 B", "10, 10 B", "999, 999 B", "1000, 1.0 kB", "1600, 1.6 kB", "12296, 12 kB", "20300, 20 kB",
        "99949, 100 kB", "1250000, 1.3 MB", "1249999, 1.2 MB", "20000000, 20 MB", "20971520, 21 MB", "3400000000, 3.4 GB",
        "9223372036854775807, 9.2 EB",
    })
    void format(long bytes, String expected) {
        assertThat(ByteSizes.format(bytes)).isEqualTo(expected);
    }
}
