FROM alpine:3.20
# expect: UnpinnedPackage:24 as DL3018 "Pin it: `flex=<version>`."
RUN apk add --no-cache flex
# expect: UnpinnedPackage:38 as DL3018 "`bison`"
RUN apk add --no-cache flex=2.6.4-r1 bison
RUN apk add --no-cache flex=2.6.4-r1
RUN apk add --no-cache git~2.52.0
RUN apk add --no-cache git~=2.52
RUN apk add --no-cache git=~2.52
RUN apk add --no-cache "flex>=2.6"
RUN apk add --no-cache "python3<3.12"
RUN apk add --no-cache --virtual build-deps a=1 b=2
RUN apk add --no-cache -t build-deps a=1
RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/main a=1
RUN apk add --no-cache --repository=https://dl-cdn.alpinelinux.org/alpine/edge/main a=1
RUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/main a=1
RUN apk add --no-cache mypackage-1.1.1.apk
