# dlint-test: option LabelSchema labels=org.opencontainers.image.source:url,org.opencontainers.image.version:semver,org.opencontainers.image.licenses:spdx,org.opencontainers.image.revision:hash,org.opencontainers.image.created:rfc3339,org.opencontainers.image.authors:email,maintainer:text
# dlint-test: option LabelSchema strict=true
# expect: LabelSchema:1 "has no label 'maintainer'"
FROM alpine:3.20
# expect: LabelSchema:39 "not an absolute URL"
LABEL org.opencontainers.image.source="github.com/example/app"
# expect: LabelSchema:40 "not a semantic version"
LABEL org.opencontainers.image.version="v1.2"
# expect: LabelSchema:41 "not an SPDX license expression"
LABEL org.opencontainers.image.licenses="MIT or Apache"
# expect: LabelSchema:41 "not a git commit hash"
LABEL org.opencontainers.image.revision="ABC123"
# expect: LabelSchema:40 "not an RFC 3339 date"
LABEL org.opencontainers.image.created="yesterday"
# expect: LabelSchema:40 "not an e-mail address"
LABEL org.opencontainers.image.authors="the team"
# expect: LabelSchema:7 "is not in the label schema"
LABEL vendor="Example"
