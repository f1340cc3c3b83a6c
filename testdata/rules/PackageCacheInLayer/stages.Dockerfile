FROM debian:12 AS foo
# a stage nothing uses is not built
RUN apt-get update && apt-get install -y curl
FROM debian:12 AS builder
# only files are copied out of a build stage: its layers do not ship
RUN apt-get update && apt-get install -y gcc && gcc -o /hello /hello.c
FROM debian:12 AS base
# the final stage is built FROM this one: its layers ship
# expect: PackageCacheInLayer as DL3009
RUN apt-get update && apt-get install -y curl
FROM base
COPY --from=builder /hello /hello
RUN echo done
