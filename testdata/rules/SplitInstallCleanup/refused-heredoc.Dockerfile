# syntax=docker/dockerfile:1
# The RUN that made the files is a heredoc script: appending a line would change what its exit status is.
FROM debian:12-slim
RUN <<EOS
curl -fsSL -o /tmp/a.bin https://example.com/a.bin
EOS
# expect: SplitInstallCleanup
RUN rm -f /tmp/a.bin
