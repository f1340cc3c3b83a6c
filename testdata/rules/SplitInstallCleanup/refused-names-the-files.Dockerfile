# A RUN in between uses the download: deleting it earlier would break that RUN.
FROM debian:12-slim
RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz
RUN tar -xzf /tmp/tool.tgz -C /opt
# expect: SplitInstallCleanup
RUN rm -f /tmp/tool.tgz
