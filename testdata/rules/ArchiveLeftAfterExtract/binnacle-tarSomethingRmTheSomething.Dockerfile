FROM debian:12-slim
# expect: ArchiveLeftAfterExtract
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt
