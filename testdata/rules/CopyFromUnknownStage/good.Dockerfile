FROM golang:1.22 AS builder
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=builder /out/app /usr/local/bin/
# stage names are case-insensitive
COPY --from=Builder /out/app /usr/local/bin/
COPY --from=0 /out/app /usr/local/bin/
# images
COPY --from=haskell:latest /opt/ghc /opt/ghc
COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/
COPY --from=ghcr.io/org/tool@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d /tool /tool
RUN --mount=type=bind,from=builder,source=/out,target=/mnt ls /mnt
RUN --mount=type=cache,target=/root/.cache ls
# a value from a variable is not checked
ARG SOURCE_STAGE=builder
COPY --from=$SOURCE_STAGE /out/app /app
