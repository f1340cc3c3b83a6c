FROM debian:12-slim
# expect: CurlWithoutFail
RUN curl -sSL https://example.com/app.sh -o /usr/local/bin/app.sh
