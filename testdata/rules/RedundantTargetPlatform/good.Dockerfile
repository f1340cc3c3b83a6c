FROM scratch AS none
FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20 AS split
FROM --platform=linux/arm64 alpine:3.20 AS arm64
ARG FOOBAR
FROM --platform=$FOOBAR alpine:3.20 AS other
