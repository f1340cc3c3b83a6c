# dlint-test: target build
# with --target, the target stage's image is the one that runs
FROM debian:12 AS build
# expect: RootUserLast "stage "build""
USER root
FROM debian:12
USER root
