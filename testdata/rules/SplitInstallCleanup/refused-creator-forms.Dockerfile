# The RUN that made the files is in exec form: dlint does not rewrite it.
FROM debian:12-slim
RUN ["curl", "-fsSL", "-o", "/tmp/a.bin", "https://example.com/a.bin"]
# expect: SplitInstallCleanup
RUN rm -f /tmp/a.bin
