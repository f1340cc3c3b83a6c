FROM alpine:3.20
ENV APP_SHA256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
RUN echo "$APP_SHA256  /etc/hostname" | sha256sum -c -
RUN echo "$APP_SHA256 */etc/hostname" | sha256sum -c -
RUN echo "$APP_SHA256" '*/etc/hostname' | sha256sum -c -
RUN sha256sum /etc/hostname > /tmp/sums && sha256sum -c /tmp/sums
