# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN apk add flex=2.6.4-r1 && rm -rf /var/cache/apk/*
RUN apk add --no-cache flex=2.6.4-r1
RUN apk --no-cache add flex=2.6.4-r1
RUN --mount=type=cache,target=/var/cache/apk apk add flex=2.6.4-r1
RUN --mount=type=tmpfs,target=/var/cache/apk apk add flex=2.6.4-r1
RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache flex=2.6.4-r1
# --no-network installs from what is already there and fetches no index
RUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1
# expect: PackageCacheInLayer:5 as DL3019 "`apk add` leaves its cache (/var/cache/apk) in this layer. Keep it out with a cache mount (`RUN --mount=type=cache,target=/var/cache/apk`), or add `--no-cache`."
RUN apk add flex=2.6.4-r1
# expect: PackageCacheInLayer as DL3019
RUN --mount=type=cache,target=/var/cache/foo apk add flex=2.6.4-r1
# apk update keeps the index it fetches
# expect: PackageCacheInLayer:5 as DL3019 "`apk update` leaves its cache"
RUN apk update && apk add --no-cache curl=8.9.1-r0
