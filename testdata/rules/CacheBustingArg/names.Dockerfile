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

# names recognised by their parts, whatever the separator or case
FROM debian:12-slim
# expect: CacheBustingArg "ARG GITCOMMIT"
ARG GITCOMMIT
# expect: CacheBustingArg "ARG APP_GITCOMMIT"
ARG APP_GITCOMMIT
# expect: CacheBustingArg "ARG gitCommit"
ARG gitCommit
# expect: CacheBustingArg "ARG SOURCE_DATE_EPOCH"
ARG SOURCE_DATE_EPOCH
# expect: CacheBustingArg "ARG GITHUB_RUN_ID"
ARG GITHUB_RUN_ID
ARG RELEASE_DATE=2024-01-01
ARG TIMEOUT=30
ARG SHARED_DIR=/srv
ARG NODE_SHA256
RUN apt-get update
