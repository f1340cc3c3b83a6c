FROM scratch
# expect: RootUserLast:6 "USER root is the last USER of stage 0"
USER root
