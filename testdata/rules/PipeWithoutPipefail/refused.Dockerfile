# Alpine has no bash unless the Dockerfile installs it, and an unknown image may not have it either
FROM alpine:3.20
# expect: PipeWithoutPipefail
RUN wget -qO- https://example.com/x.tgz | tar -xz
FROM example.com/team/base:1.0
# expect: PipeWithoutPipefail
RUN wget -qO- https://example.com/x.tgz | tar -xz
