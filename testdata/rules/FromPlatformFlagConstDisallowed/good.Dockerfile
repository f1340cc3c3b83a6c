FROM alpine:3.20 AS base
FROM --platform=${BUILDPLATFORM} alpine:3.20 AS build
FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20 AS split
# a stage named after its platform is meant to be platform-specific
FROM --platform=linux/amd64 scratch AS my_amd64_stage
FROM --platform=linux/amd64 scratch AS linux
FROM --platform=linux/arm64 alpine:3.20 AS build_arm64
FROM --platform=linux/x86_64 alpine:3.20 AS build-amd64
FROM build_${TARGETARCH} AS build
# not a platform BuildKit can parse: the build fails on it, not this check
FROM --platform=foo/bar/baz/qux alpine:3.20 AS broken
