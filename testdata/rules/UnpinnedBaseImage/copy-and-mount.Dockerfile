FROM golang:1.23 AS build
RUN go version
FROM debian:12-slim
# expect: UnpinnedBaseImage:13 "COPY --from image 'nginx'"
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/
COPY --from=build /go/bin /usr/local/bin
COPY --from=0 /usr/local/go/VERSION /VERSION
# expect: UnpinnedBaseImage "RUN --mount from image 'alpine:latest'"
RUN --mount=type=bind,from=alpine:latest,source=/etc/os-release,target=/x cat /x
RUN --mount=type=bind,from=build,source=/go,target=/go ls /go
