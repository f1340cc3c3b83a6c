FROM alpine:3.20
# expect: CacheBustingArg
ARG BUILD_DATE
RUN apk add --no-cache tini
