FROM debian:12-slim
# expect: InsecureDownloadUrl "`wget`"
RUN wget -q http://example.com/app.sh -O /usr/local/bin/app.sh
