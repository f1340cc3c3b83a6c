ARG base=scratch
ARG BUILDPLATFORM=linux/amd64
ARG DEBUG
ARG EMPTY=""
ARG VARIANT="-alpine3.20"
FROM $base AS one
FROM --platform=$BUILDPLATFORM scratch AS two
FROM --platform=$TARGETPLATFORM scratch AS three
FROM scratch${DEBUG} AS four
FROM scra${DEBUG:-tch} AS five
FROM scratch${EMPTY-@bogus} AS six
FROM node:22${VARIANT} AS jsbuilder
# predefined ARGs need no declaration in FROM lines
FROM alpine:${TARGETARCH} AS seven
