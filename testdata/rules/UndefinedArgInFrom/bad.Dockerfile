ARG MY_OS=linux
ARG MY_ARCH=amd64
ARG tag=latest
# expect: UndefinedArgInFrom:17 "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"
FROM --platform=$BULIDPLATFORM scratch AS one
# expect: UndefinedArgInFrom:23 "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)"
FROM --platform=linux/${MYARCH} busybox AS two
# expect: UndefinedArgInFrom:20 "FROM argument 'version' is not declared:"
FROM busybox:${tag}${version} AS b
# an undeclared ARG with a default always takes the default
# expect: UndefinedArgInFrom:13 "so VARIANT is empty here and its default is always used"
FROM node:22${VARIANT:--alpine} AS jsbuilder
# ARGs declared in a stage are not seen by FROM lines
FROM alpine:3.20 AS declared-in-stage
ARG STAGE_TAG=3.20
# expect: UndefinedArgInFrom "'STAGE_TAG'"
FROM alpine:${STAGE_TAG} AS uses
