ARG DEBUG_PORT=90000
FROM alpine:3.20
ARG DEBUG_PORT
ARG HTTP_PORT=8080
EXPOSE ${HTTP_PORT}
# a port from an ARG: the finding shows the ARG's value
# expect: ExposePortOutOfRange:8 "90000 (${DEBUG_PORT} with its ARG values) is the port"
EXPOSE ${DEBUG_PORT}
