package dev.dlint.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** History commands of each builder (image-formats.md §7) in their readable form. */
class CreatedByTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "/bin/sh -c apt-get update => RUN apt-get update",
        "|2 A=1 B=2 /bin/sh -c make install => RUN make install",
        "/bin/sh -c #(nop)  ENV PATH=/usr/local/bin => ENV PATH=/usr/local/bin",
        "/bin/sh -c #(nop) COPY file:3f5a2b9c0d1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a in /app => COPY file:3f5a2b9c0d1e… in /app",
        "RUN /bin/sh -c apt-get install -y curl # buildkit => RUN apt-get install -y curl",
        "RUN |1 VERSION=2 /bin/sh -c ./build.sh # buildkit => RUN ./build.sh",
        "RUN ./exec-form arg # buildkit => RUN ./exec-form arg",
        "COPY --chown=app . /app # buildkit => COPY --chown=app . /app",
        "WORKDIR /srv => WORKDIR /srv",
        "/bin/sh -c [\"/bin/busybox\", \"--install\"] => RUN [\"/bin/busybox\", \"--install\"]",
        "COPY files / # step 1 => COPY files / # step 1",
    })
    void readable(String createdBy, String expected) {
        assertThat(CreatedBy.readable(createdBy)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void heredocRunsBecomeOneLineAndLongOnesAreCut() {
        assertThat(CreatedBy.readable("RUN /bin/sh -c set -e\n  apt-get update\n  apt-get install -y x # buildkit"))
                .isEqualTo("RUN set -e apt-get update apt-get install -y x");
        assertThat(CreatedBy.abbreviated("/bin/sh -c " + "x".repeat(100), 20)).isEqualTo("RUN " + "x".repeat(15) + "…")
                .hasSize(20);
        assertThat(CreatedBy.readable("")).isEmpty();
        assertThat(CreatedBy.readable("|99999999999 A=1")).isEqualTo("|99999999999 A=1");
    }
}
