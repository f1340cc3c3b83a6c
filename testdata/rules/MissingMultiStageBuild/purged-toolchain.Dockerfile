# compilers removed in the same RUN that used them, as the official language images do
FROM debian:12-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends gcc make libc6-dev; \
    make -C /usr/src/tool install; \
    apt-get purge -y --auto-remove gcc make libc6-dev; \
    rm -rf /var/lib/apt/lists/*
