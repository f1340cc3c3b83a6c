# a global ARG is only seen by FROM lines
ARG GIT_SHA
FROM alpine:3.20 AS base
RUN apk add --no-cache curl
# declared after the last RUN
ARG BUILD_NUMBER
LABEL build=$BUILD_NUMBER

FROM base AS used-right-away
# the next RUN needs it anyway
ARG GIT_COMMIT
RUN echo "$GIT_COMMIT" > /commit

FROM base AS platform
# predefined platform ARGs are not volatile
ARG TARGETARCH
RUN echo "$TARGETARCH"

# a build script may read the ARG from its environment without naming it: moving the ARG would change the build
FROM golang:1.22 AS build
ARG DOCKER_GITCOMMIT=HEAD
RUN ./hack/make.sh binary
