# GNU wget installed on Alpine, before the download in the same RUN or in an earlier RUN or stage.
FROM alpine:3.20 AS base
# the wget before the install is still BusyBox's; the one after it is GNU wget
# expect: WgetVerboseProgress@+2:5 "`wget` without --progress"
RUN wget -O /tmp/a.tgz https://example.com/a.tgz \
 && apk add --no-cache wget \
 && wget -O /tmp/redis.tar.gz https://download.redis.io/releases/redis-7.0.15.tar.gz
FROM base
# expect: WgetVerboseProgress:5
RUN wget -O /tmp/b.tgz https://example.com/b.tgz
