FROM scratch AS a
WORKDIR /app
# the first WORKDIR of the chain is absolute: the relative ones after it build on it
FROM a AS b
WORKDIR subdir/
FROM nginx:1.27
WORKDIR /usr/share/nginx
WORKDIR html
# a variable the base image may set is not known here
FROM eclipse-temurin:21 AS java
WORKDIR $JAVA_HOME/lib
FROM alpine:3.20 AS home
ENV APP_HOME=/srv/app
WORKDIR ${APP_HOME}
