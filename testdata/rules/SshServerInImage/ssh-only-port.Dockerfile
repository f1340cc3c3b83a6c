# Port 22 is the only port the image exposes: its service is SSH, started by an entrypoint script.
FROM alpine:3.20
RUN apk add --no-cache openssh
COPY docker-entrypoint.sh /entrypoint.sh
EXPOSE 22
ENTRYPOINT ["/entrypoint.sh"]
