FROM alpine:3.20
# expect: NoEmptyContinuation@+2
RUN apk add --no-cache \
    curl \

    jq
