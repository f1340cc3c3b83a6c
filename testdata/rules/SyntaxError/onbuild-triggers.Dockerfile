FROM alpine:3.20
# expect: SyntaxError:9 as DL3043 "Chaining ONBUILD"
ONBUILD ONBUILD RUN x
# expect: SyntaxError:9 as DL3043 "FROM isn't allowed as an ONBUILD trigger"
ONBUILD FROM debian:buster
# expect: SyntaxError:9 as DL3043 "MAINTAINER isn't allowed as an ONBUILD trigger"
ONBUILD MAINTAINER "x"
# every other trigger is allowed
ONBUILD ADD app.tar /app/
ONBUILD USER nobody
ONBUILD LABEL a=b
ONBUILD STOPSIGNAL SIGTERM
ONBUILD COPY . /src/
ONBUILD RUN make
ONBUILD CMD ["app"]
ONBUILD SHELL ["/bin/sh", "-c"]
ONBUILD WORKDIR /app
ONBUILD EXPOSE 8080
ONBUILD VOLUME /data
ONBUILD ENTRYPOINT ["/app/run"]
ONBUILD ENV A=1
ONBUILD ARG B
ONBUILD HEALTHCHECK CMD ["true"]
