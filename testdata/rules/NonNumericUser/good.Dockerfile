FROM alpine:3.20 AS build
# earlier USERs and other stages do not matter: only the user the final image runs as
USER builder
RUN make
FROM alpine:3.20
USER root
RUN apk add --no-cache curl
USER 12345
