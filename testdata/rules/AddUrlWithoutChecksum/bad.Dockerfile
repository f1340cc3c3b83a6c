FROM debian:12
# expect: AddUrlWithoutChecksum:5 "ADD fetches https://example.com/tool.tar.gz without --checksum"
ADD https://example.com/tool.tar.gz /tmp/
# expect: AddUrlWithoutChecksum:18
ADD --chmod=0644 http://example.com/key.asc /etc/apt/trusted.gpg.d/example.asc
