FROM alpine:3.20
LABEL org.valid-key.label3="x"
LABEL validlabel="x"
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      org.opencontainers.image.version="1.2.3"
LABEL "com.example.vendor"="ACME"
LABEL maintainer="team@example.com"
LABEL my_label="x" path/style="y"
ARG PREFIX=com.example
LABEL ${PREFIX}.team="x"
ONBUILD LABEL com.example.child="x"
# Project Atomic reads these labels in upper case
LABEL RUN="docker run -d --privileged IMAGE" INSTALL="docker run --rm IMAGE /install.sh"
LABEL UNINSTALL /usr/bin/docker run --rm IMAGE /uninstall.sh
