# The cleanup runs as another user than the RUN that made the files.
FROM debian:12-slim
RUN curl -fsSL -o /opt/agent.bin https://example.com/agent.bin
USER app
# expect: SplitInstallCleanup
RUN rm -f /opt/agent.bin
