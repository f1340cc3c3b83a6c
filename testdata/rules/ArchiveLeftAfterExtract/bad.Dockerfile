FROM debian:12-slim AS build
# a build stage whose files are copied out: not judged
RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt

FROM debian:12-slim
COPY --from=build /opt/tool /opt/tool
# expect: ArchiveLeftAfterExtract:19 "The archive `/tmp/app.tgz` is extracted by `tar` on line"
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt
WORKDIR /opt
# expect: ArchiveLeftAfterExtract "`/opt/app-1.2.tar.gz`"
RUN curl -fsSLO https://example.com/app-1.2.tar.gz && tar xzf app-1.2.tar.gz
# expect: ArchiveLeftAfterExtract "`/opt/plugin.zip` is extracted by `unzip`"
RUN wget -q -O plugin.zip https://example.com/plugin.zip && unzip -q plugin.zip -d /opt/plugins
ARG VERSION=2.0
# expect: ArchiveLeftAfterExtract "`/tmp/lib-2.0.tar.xz`"
RUN curl -fsSL -o "/tmp/lib-${VERSION}.tar.xz" "https://example.com/lib-${VERSION}.tar.xz" \
 && tar --extract --file "/tmp/lib-${VERSION}.tar.xz" --directory /opt
