FROM alpine:3.20
# expect: CacheBustingArg "ARG BUILD_DATE"
ARG BUILD_DATE
# expect: CacheBustingArg "ARG VCS_REF"
ARG VCS_REF=unknown
# expect: CacheBustingArg "ARG CACHEBUST"
ARG CACHEBUST=1
# expect: CacheBustingArg "ARG CI_COMMIT_SHA"
ARG CI_COMMIT_SHA
ARG VERSION=1.2.3
RUN apk add --no-cache tini
LABEL org.opencontainers.image.created=$BUILD_DATE org.opencontainers.image.revision=$VCS_REF
