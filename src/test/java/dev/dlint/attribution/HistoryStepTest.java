package dev.dlint.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms each builder writes into {@code created_by}, read back as the instruction. */
class HistoryStepTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // Docker's classic builder
        "/bin/sh -c apt-get update                                   | RUN  | apt-get update                      | false",
        "`|1 VERSION=2.1 /bin/sh -c echo $VERSION > /v`               | RUN  | echo $VERSION > /v                  | false",
        "`|2 A=1 B=2 /bin/sh -c make`                                 | RUN  | make                                | false",
        "/bin/sh -c #(nop)  ENV APP=/opt/app                         | ENV  | APP=/opt/app                        | false",
        "`/bin/sh -c #(nop)  CMD [\"app\" \"--serve\"]`              | CMD  | `[\"app\" \"--serve\"]`             | false",
        "/bin/sh -c #(nop) COPY file:6a3e8e2b9c1d04f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b in ./ | COPY | ./ | true",
        "/bin/sh -c #(nop) ADD dir:7ec14b81316baa1a31c38c97686a8f030c98cba2035c968412749e33e0c4427e in /root/.data/ | ADD | /root/.data/ | true",
        "/bin/sh -c #(nop) COPY --chown=10:10 multi:0123456789abcdef0123456789abcdef in /app/ | COPY | /app/ | true",
        "/bin/sh -c #(nop) WORKDIR /opt/app                          | WORKDIR | /opt/app                       | false",
        // buildah bud (the classic forms, exec RUN as its JSON, one space after #(nop))
        "`/bin/sh -c [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]` | RUN | `[\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]` | false",
        "/bin/sh -c #(nop) ARG TOOL_VERSION                          | ARG  | TOOL_VERSION                        | false",
        "/bin/sh -c #(nop) WORKDIR ${APP_HOME}                       | WORKDIR | ${APP_HOME}                      | false",
        // BuildKit
        "RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit | RUN | apt-get update && apt-get install -y curl | false",
        "`RUN |1 VERSION=2.1 /bin/sh -c echo $VERSION > /v # buildkit` | RUN | echo $VERSION > /v                | false",
        "RUN make install # buildkit                                 | RUN  | make install                        | false",
        "COPY --chown=10:10 app.tar.gz ./ # buildkit                 | COPY | --chown=10:10 app.tar.gz ./         | false",
        "WORKDIR /opt/app                                            | WORKDIR | /opt/app                         | false",
        "`CMD [\"app\" \"--serve\"]`                                  | CMD  | `[\"app\" \"--serve\"]`             | false",
        // kaniko: the instruction as written, keyword spelling kept
        "RUN mkdir -p /x                                             | RUN  | mkdir -p /x                         | false",
        "COPY app.tar.gz ./                                          | COPY | app.tar.gz ./                       | false",
        "run echo lower                                              | RUN  | echo lower                          | false",
        // anything else is a RUN-like text that only a close match ties to a line
        "RUN edit # step 2                                           | RUN  | edit # step 2                       | false",
        "bazel build //app:image                                     | RUN  | bazel build //app:image             | false",
    })
    void readsTheInstruction(String createdBy, String keyword, String text, boolean destinationOnly) {
        assertThat(HistoryStep.parse(createdBy)).isEqualTo(new HistoryStep(keyword, text, destinationOnly));
    }

    @org.junit.jupiter.api.Test
    void heredocRunsBecomeOneLine() {
        assertThat(HistoryStep.parse("RUN /bin/sh -c set -e\n  make\n  make install\n # buildkit").text())
                .isEqualTo("set -e make make install");
    }
}
