FROM alpine:3.20 AS build
# a build stage that only hands files on
RUN apk add --no-cache openssh-server
EXPOSE 22
FROM alpine:3.20
COPY --from=build /etc/ssh/ssh_config /etc/ssh/ssh_config
RUN apk add --no-cache openssh-client
EXPOSE 2222 22/udp
