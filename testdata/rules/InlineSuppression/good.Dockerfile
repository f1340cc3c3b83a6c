# syntax=docker/dockerfile:1
# check=error=true
# dlint-test: enable InlineSuppression
FROM alpine:3.20
# hadolint shell=powershell
# foobar
RUN true
