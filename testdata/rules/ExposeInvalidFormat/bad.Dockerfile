FROM alpine:3.20
# expect: ExposeInvalidFormat:8 "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"
EXPOSE 127.0.0.1:80:80
# expect: ExposeInvalidFormat:8 "found '80:80'"
EXPOSE 80:80
# expect: ExposeInvalidFormat:11 "8000-8010:8000-8010/udp"
EXPOSE 22 8000-8010:8000-8010/udp
