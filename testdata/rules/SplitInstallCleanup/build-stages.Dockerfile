# A build stage whose files are copied out with COPY --from: its layers never ship, so a cleanup in a later RUN
# wastes nothing (COPY --from copies the resulting files, not the layers).
FROM oraclelinux:8 AS builder
COPY installer.zip /u01/installer.zip
RUN cd /u01 && unzip installer.zip
RUN rm -f /u01/installer.zip
RUN apt-get update
RUN rm -rf /var/lib/apt/lists/*

# A stage nothing uses is not built.
FROM debian:12-slim AS unused
RUN apt-get update
RUN rm -rf /var/lib/apt/lists/*

FROM oraclelinux:8-slim
COPY --from=builder /u01 /u01
RUN curl -fsSL -o /tmp/agent.rpm https://example.com/agent.rpm
# expect: SplitInstallCleanup "curl -o /tmp/agent.rpm"
RUN rm -f /tmp/agent.rpm
