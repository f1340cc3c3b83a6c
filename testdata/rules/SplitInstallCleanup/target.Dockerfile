# dlint-test: target dev
# With --target dev, the dev stage and the stage it is built FROM ship their layers; the last stage is not built.
FROM debian:12-slim AS base
RUN apt-get update
FROM base AS dev
# expect: SplitInstallCleanup "apt package lists"
RUN rm -rf /var/lib/apt/lists/*
FROM debian:12-slim AS release
RUN apt-get update
RUN rm -rf /var/lib/apt/lists/*
