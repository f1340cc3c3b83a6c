FROM debian:12-slim
# expect: InsecureDownloadUrl "`curl`"
RUN curl -fsSL http://example.com/app.sh -o /usr/local/bin/app.sh
