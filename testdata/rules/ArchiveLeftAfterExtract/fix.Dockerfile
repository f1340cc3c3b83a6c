# dlint-test: fixes safe
FROM debian:12-slim
# expect: ArchiveLeftAfterExtract
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt
ARG VERSION=2.0
# expect: ArchiveLeftAfterExtract
RUN curl -fsSL -o "/tmp/lib-${VERSION}.tar.xz" "https://example.com/lib-${VERSION}.tar.xz" \
 && tar -xJf "/tmp/lib-${VERSION}.tar.xz" -C /opt
