FROM debian:12 AS build
# a builder stage only copied from: its user does not run anything
USER root
RUN make

FROM debian:12 AS switched
USER root
RUN apt-get update
USER foo

FROM debian:12
USER root
RUN x
USER foo
COPY --from=build /out /app
COPY --from=switched /etc/os-release /etc/

# no USER at all: the base image's user, not known here
FROM alpine:3.20 AS plain
RUN true
ARG WHO
FROM alpine:3.20
USER $WHO
