FROM debian:12-slim
# expect: CurlWithoutFail
RUN curl -sSL https://example.com/app.tgz -o /tmp/app.tgz
# expect: CurlWithoutFail
RUN set -eux; curl -o /tmp/b.tgz https://example.com/b.tgz
