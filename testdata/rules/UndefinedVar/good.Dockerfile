FROM python:3.12 AS base
ARG VERSION=$PYTHON_VERSION
FROM alpine:3.20 AS with-arg
ARG foo
COPY $foo .
FROM alpine:3.20 AS inherited
ARG foo=Dockerfile
FROM inherited
COPY $foo .
RUN echo $PATH
ENV PATH=/opt/bin:$PATH
