FROM alpine:3.20
# hadolint ignore=DL3003
RUN cd /tmp && ls
