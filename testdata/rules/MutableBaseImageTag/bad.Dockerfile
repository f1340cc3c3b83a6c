# dlint-test: enable MutableBaseImageTag
# expect: MutableBaseImageTag:13 "pinned by the tag '3.20'"
FROM alpine:3.20 AS base
# expect: MutableBaseImageTag "COPY --from image 'nginx:1.27'"
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /x
