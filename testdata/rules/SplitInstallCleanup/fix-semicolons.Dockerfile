# dlint-test: fixes safe
# A RUN that starts with set -e and separates its commands with ";" gets "; \" and the cleanup.
FROM debian:12-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates
# expect: SplitInstallCleanup
RUN rm -rf /var/lib/apt/lists/*
