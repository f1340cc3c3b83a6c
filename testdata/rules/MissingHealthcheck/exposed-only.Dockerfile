# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=true
# a command-line tool: no port, not judged
FROM alpine:3.20 AS cli
ENTRYPOINT ["/usr/bin/tool"]
# a service, also when the port is exposed by the stage it is built FROM
FROM nginx:1.27 AS web
EXPOSE 80
# expect: MissingHealthcheck "Stage "web-debug" sets no HEALTHCHECK, nor do the stages it is built FROM"
FROM web AS web-debug
RUN true
