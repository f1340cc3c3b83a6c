# Without a build context nothing is known, so nothing is reported.
FROM alpine:3.20
COPY .env /app/.env
