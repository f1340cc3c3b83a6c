FROM alpine:3.20
EXPOSE 80
EXPOSE 80/tcp 53/udp 8000-8010
# an empty host port is no mapping (BuildKit reads ":80" as port 80)
EXPOSE :8080
