FROM debian:12 AS base
# base is only built on; the stage built FROM it inherits its user
# expect: RootUserLast:6 "is the last USER of stage 1 (which inherits it from stage "base" through FROM)"
USER root
FROM base
RUN true
