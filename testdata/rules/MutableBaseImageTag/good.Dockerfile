# dlint-test: enable MutableBaseImageTag
FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d AS base
FROM base
FROM scratch
# untagged and latest are UnpinnedBaseImage's findings
FROM debian
FROM debian:latest
