# syntax=docker/dockerfile:1
# A representative Dockerfile that exercises every part of dlint, used to train the class-data-sharing archive.
ARG GO_VERSION=1.22
ARG BASE=debian:12-slim
FROM golang:${GO_VERSION} AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build go mod download && go build -o /out/app ./cmd/app
FROM ${BASE}
LABEL org.opencontainers.image.title="app" maintainer="team@example.com"
ENV PATH=/usr/local/bin:$PATH
ENV LANG C.UTF-8
RUN apt-get update && \
    apt-get install -y --no-install-recommends ca-certificates curl && \
    rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -eux
useradd --system app
EOF
COPY --from=build --chown=app:app /out/app /usr/local/bin/app
COPY <<'EOT' /etc/app.conf
listen=8080
EOT
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD ["app", "health"]
USER app
ONBUILD RUN echo trigger
ENTRYPOINT ["app"]
CMD ["serve"]
