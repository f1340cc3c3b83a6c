FROM alpine:3.20
EXPOSE 80/tcp 53/udp 9000
# an unknown protocol is a build error, not a casing problem
EXPOSE 8080/HTTP
