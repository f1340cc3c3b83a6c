# without a label schema the rule reports nothing
FROM alpine:3.20
LABEL org.opencontainers.image.version="not a version"
