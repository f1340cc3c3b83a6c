# dlint-test: trusted-registry registry.corp.example
# dlint-test: trusted-registry *.mirror.corp.example
# expect: UntrustedRegistry:6 "comes from docker.io"
FROM node:22-slim AS build
# expect: UntrustedRegistry:6 "comes from ghcr.io"
FROM ghcr.io/acme/tool:1.0 AS tool
FROM registry.corp.example/base/debian:12
FROM eu.mirror.corp.example/library/alpine:3.20
COPY --from=build /app /app
# expect: UntrustedRegistry:13 "quay.io"
COPY --from=quay.io/prometheus/busybox:latest /bin/sh /bin/sh
