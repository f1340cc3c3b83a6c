FROM alpine:3.20
ENV PORTS="8080/TCP 8443/tcp"
# a port from a variable is reported at the word, without a fix
# expect: ExposeProtoCasing:8 "8080/TCP"
EXPOSE $PORTS
