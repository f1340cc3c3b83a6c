FROM alpine:3.20
# expect: ExposePortOutOfRange:8 "80000 is the port"
EXPOSE 80000
# expect: ExposePortOutOfRange:14 "80000 ends the port range 40000-80000/tcp"
EXPOSE 40000-80000/tcp
# one finding per offending port, each at its number
# expect: ExposePortOutOfRange:11 "70000 is the port"
# expect: ExposePortOutOfRange:25 "99999 is the port"
EXPOSE 80 70000/udp 443 99999
# expect: ExposePortOutOfRange:8 "123456789012345678901234567890 is the port"
EXPOSE 123456789012345678901234567890
# a quoted port: the whole word
# expect: ExposePortOutOfRange:8 "65536 is the port"
EXPOSE "65536"
