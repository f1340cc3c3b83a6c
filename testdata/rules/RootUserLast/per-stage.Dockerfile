# a stage no other stage uses may be built as a --target: it is judged too
FROM debian:12 AS debug
# expect: RootUserLast "stage "debug""
USER root
FROM debian:12
USER foo
