FROM alpine:3.20
# expect: ExposePortOutOfRange:16 "70000 is the port"
ONBUILD EXPOSE 70000
ONBUILD EXPOSE 7000
