FROM debian:12-slim
# expect: CurlWithoutFail:5 "`curl` without -f"
RUN curl -sSL https://example.com/app.tgz -o /tmp/app.tgz
# expect: CurlWithoutFail
RUN curl -L -o /tmp/app.tgz https://example.com/app.tgz
# expect: CurlWithoutFail
RUN curl --silent --location https://example.com/key.asc | gpg --batch --import
# expect: CurlWithoutFail "`curl`"
RUN sudo curl -sLO https://example.com/app.tgz
# expect: CurlWithoutFail
RUN SHA=$(curl -s https://example.com/app.tgz.sha256) && echo "$SHA"
# `-F` is --form, not --fail
# expect: CurlWithoutFail
RUN curl -sS -F file=@/etc/hostname https://example.com/upload
