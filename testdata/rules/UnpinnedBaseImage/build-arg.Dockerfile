# dlint-test: build-arg TAG=latest
ARG TAG=3.20
# expect: UnpinnedBaseImage "alpine:latest"
FROM alpine:${TAG}
