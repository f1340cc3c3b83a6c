FROM debian:12-slim
# expect: InsecureDownloadUrl
RUN curl -fsSL http://example.com/app.tgz -o /tmp/app.tgz
# expect: InsecureDownloadUrl
RUN wget -q "http://example.com/${APP:-app}.tgz"
