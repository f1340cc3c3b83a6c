FROM alpine:3.20
ENV APP_SHA256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
# expect: ChecksumLineSingleSpace:10 "one space between the hash and the file name"
RUN echo "$APP_SHA256 /etc/hostname" | sha256sum -c -
# echo joins its words with one space
# expect: ChecksumLineSingleSpace
RUN echo $APP_SHA256 /etc/hostname | sha256sum --check
# expect: ChecksumLineSingleSpace "sha512sum"
RUN echo "${APP_SHA256} /etc/hostname" | sha512sum -c
# expect: ChecksumLineSingleSpace
RUN echo "0123456789abcdef0123456789abcdef /etc/hostname" | md5sum -c -
