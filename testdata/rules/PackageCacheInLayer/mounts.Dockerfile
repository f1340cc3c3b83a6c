# syntax=docker/dockerfile:1
FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl
RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
RUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl
RUN --mount=type=tmpfs,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get update && apt-get install -y curl
# the lists are below /var/lib/apt: a mount there alone keeps them out too
RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
# a mount on /var/cache/apt keeps downloaded archives out, not the lists
# expect: PackageCacheInLayer as DL3009
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl
