FROM alpine:3.20 AS apk
RUN apk update && apk add curl
# expect: SplitInstallCleanup "apk cache"
RUN apk cache clean
