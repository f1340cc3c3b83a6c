FROM debian:12-slim
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz
# two commands of one RUN deleting the same download: one finding
# expect: SplitInstallCleanup:44 "deletes the download `curl -o /tmp/app.tgz`"
RUN tar -xzf /tmp/app.tgz -C /opt && rm -f /tmp/app.tgz && rm -rf /tmp/*
