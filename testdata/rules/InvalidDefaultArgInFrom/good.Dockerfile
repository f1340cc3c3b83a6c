ARG TAG=latest
ARG VARIANT
ARG ALPINE
ARG BUSYBOX_VARIANT=""
ARG A=alpine B=${A}:3.20
FROM busybox:${TAG} AS one
FROM busybox:stable${VARIANT} AS two
FROM alpine:${ALPINE:-3.14} AS three
FROM busybox:stable${BUSYBOX_VARIANT} AS four
FROM scratch AS five
FROM ${B} AS six
