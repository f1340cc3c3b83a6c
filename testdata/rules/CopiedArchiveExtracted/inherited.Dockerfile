FROM debian:12-slim AS base
# expect: CopiedArchiveExtracted "app.tar.xz is copied"
COPY app.tar.xz /opt/
FROM base
RUN tar -xJf /opt/app.tar.xz -C /opt
