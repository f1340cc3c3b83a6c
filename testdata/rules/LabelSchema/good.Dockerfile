# dlint-test: option LabelSchema labels=org.opencontainers.image.source:url,org.opencontainers.image.version:semver,org.opencontainers.image.licenses:spdx,org.opencontainers.image.revision:hash,org.opencontainers.image.created:rfc3339,org.opencontainers.image.authors:email,maintainer
# dlint-test: option LabelSchema strict=true
FROM alpine:3.20 AS base
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND LicenseRef-Example" \
      org.opencontainers.image.authors="team@example.com" \
      maintainer="Example team"
FROM base
ARG VERSION
LABEL org.opencontainers.image.version="2.0.0-rc.1+build.5" \
      org.opencontainers.image.revision="0123abc" \
      org.opencontainers.image.created="2024-05-01T12:00:00.5+02:00"
FROM base AS other
LABEL org.opencontainers.image.version=$VERSION org.opencontainers.image.revision="0123456789abcdef0123456789abcdef01234567" \
      org.opencontainers.image.created="2024-05-01T12:00:00Z"
