FROM debian:12-slim
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz && tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz
RUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
# removed by a directory above it
RUN mkdir /tmp/dl && curl -fsSL -o /tmp/dl/app.tgz https://example.com/app.tgz && tar -xzf /tmp/dl/app.tgz -C /opt \
 && rm -rf /tmp/dl
# kept for a later instruction
RUN curl -fsSL -o /tmp/keep.tgz https://example.com/keep.tgz && tar -xzf /tmp/keep.tgz -C /opt
RUN tar -tzf /tmp/keep.tgz > /opt/keep.list
# a cache mount keeps the download out of the layer
RUN --mount=type=cache,target=/var/cache/dl curl -fsSL -o /var/cache/dl/app.tgz https://example.com/app.tgz \
 && tar -xzf /var/cache/dl/app.tgz -C /opt
# the directory is uncertain after a cd in a subshell
RUN tmp="$(mktemp -d)" && (cd "$tmp" && curl -fsSLO https://example.com/app.tgz && tar -xzf app.tgz -C /opt) \
 && rm -rf "$tmp"
