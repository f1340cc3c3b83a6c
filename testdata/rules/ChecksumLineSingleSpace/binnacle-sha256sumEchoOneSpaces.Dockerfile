FROM alpine:3.20
# expect: ChecksumLineSingleSpace
RUN echo "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /etc/hostname" | sha256sum -c -
