FROM debian:12
# a checksum of another file does not verify this download
# expect: AddUrlWithoutChecksum:5
ADD https://example.com/get-tool.sh /usr/local/bin/
COPY tool.sha256 /tmp/
RUN sha256sum -c /tmp/tool.sha256
# a check in another stage does not count either
FROM debian:12 AS other
# expect: AddUrlWithoutChecksum:5
ADD https://example.com/data.bin /data.bin
FROM debian:12 AS verifier
RUN sha256sum /data.bin
