FROM alpine:3.20
# expect: CacheBustingArg "ENV at line 4 copies it"
ARG REVISION
ENV APP_REVISION=${REVISION}
RUN apk add --no-cache curl
