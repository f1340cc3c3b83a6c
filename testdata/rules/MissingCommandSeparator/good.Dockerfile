FROM debian:12-slim
# package names that are also commands
RUN apt-get update && apt-get install -y --no-install-recommends \
    curl \
    git \
    && rm -rf /var/lib/apt/lists/*
# commands that run other commands
RUN find /tmp -name '*.log' -exec \
    rm -f {} +
RUN ls /srv | xargs \
    rm -rf
# a word in the middle of a line is not a command
RUN echo rm cd mkdir
RUN set -eux; \
    mkdir -p /app; \
    cd /app
