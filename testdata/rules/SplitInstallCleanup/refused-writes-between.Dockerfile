# A COPY in between writes into the deleted directory: deleting it earlier would keep the copied files.
FROM debian:12-slim
RUN mkdir -p /tmp/work && curl -fsSL -o /tmp/work/a.bin https://example.com/a.bin
COPY b.bin /tmp/work/
# expect: SplitInstallCleanup
RUN rm -rf /tmp/work
