FROM debian:12-slim
# expect: InsecureDownloadUrl:16 "downloads `http://example.com/app.tgz` over plain HTTP"
RUN curl -fsSL http://example.com/app.tgz -o /tmp/app.tgz
# expect: InsecureDownloadUrl "`wget` downloads"
RUN wget -q HTTP://example.com/app.tgz -O /tmp/app.tgz
ARG URL=http://example.com/app.tgz
# expect: InsecureDownloadUrl "`$URL` (http://example.com/app.tgz)"
RUN curl -fsSL "$URL" -o /tmp/app.tgz
ENV MIRROR=http://mirror.example.org
# expect: InsecureDownloadUrl
RUN wget -q "${MIRROR}/app.tgz"
# expect: InsecureDownloadUrl
RUN base=http://example.com && curl -fsSLO "$base/app.tgz"
