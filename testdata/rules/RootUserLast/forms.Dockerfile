FROM alpine:3.20 AS a
# expect: RootUserLast:6 "USER 0 is the last USER"
USER 0
FROM alpine:3.20 AS b
# the user part is reported
# expect: RootUserLast:6 "USER root is the last USER of stage "b""
USER root:root
FROM alpine:3.20 AS c
# expect: RootUserLast:6 "USER 0 is the last USER of stage "c""
USER 0:0
FROM alpine:3.20
ARG RUN_AS=root
# a value from an ARG: the whole word
# expect: RootUserLast:6 "USER root is the last USER of stage 3"
USER ${RUN_AS}
