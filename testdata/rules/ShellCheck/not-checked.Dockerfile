# dlint-test: shellcheck on
FROM debian:12
# exec form runs no shell
RUN ["sh", "-c", "echo $1"]
# ONBUILD triggers run in a build this file does not know
ONBUILD RUN echo $1
RUN echo "all good"
