FROM alpine:3.20
# expect: PackageCacheInLayer as DL3019
RUN apk add curl=8.9.1-r0
