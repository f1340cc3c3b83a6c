FROM alpine:3.20
RUN apk add --no-cache bash curl
# bash is installed now
# expect: PipeWithoutPipefail
RUN curl -fsSL https://example.com | tar -xz
