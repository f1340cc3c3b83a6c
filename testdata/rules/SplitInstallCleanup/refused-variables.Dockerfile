# The cleanup names the files through a variable that the ENV in between sets.
FROM debian:12-slim
ARG DIR=/tmp/dl
RUN mkdir -p /tmp/dl && curl -fsSL -o /tmp/dl/a.bin https://example.com/a.bin
ENV DIR=/tmp/dl
# expect: SplitInstallCleanup
RUN rm -rf "$DIR"
