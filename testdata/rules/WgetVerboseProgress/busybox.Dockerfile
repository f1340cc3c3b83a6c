# BusyBox's wget (Alpine, busybox, the docker image) prints a few lines whatever the download's size.
FROM alpine:3.20
RUN wget -O /usr/local/bin/gosu https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64
FROM busybox:1.36
RUN wget -O /tmp/app.tgz https://example.com/app.tgz
FROM docker:27-cli
RUN wget -O /usr/local/bin/buildx https://example.com/buildx
FROM python:3.12-alpine
RUN wget -O /tmp/x.tgz https://example.com/x.tgz
