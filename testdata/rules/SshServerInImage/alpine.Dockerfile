FROM alpine:3.20
# expect: SshServerInImage:24 "apk's openssh pulls in sshd"
RUN apk add --no-cache openssh
