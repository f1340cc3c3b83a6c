FROM alpine:3.20
# expect: ExposeProtoCasing:11 "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase: write 80/tcp"
EXPOSE 80/TcP 443/tcp
# one finding per port
# expect: ExposeProtoCasing:11 "53/UDP"
# expect: ExposeProtoCasing:25 "9000-9010/SCTP"
EXPOSE 53/UDP 9000-9010/SCTP
