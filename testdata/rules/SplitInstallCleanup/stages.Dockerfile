FROM debian:12-slim AS base
RUN apt-get update

# a stage built FROM another stage inherits its layers
FROM base AS child
RUN apt-get install -y --no-install-recommends jq
# expect: SplitInstallCleanup "from the layer of line 2"
RUN rm -rf /var/lib/apt/lists/*
