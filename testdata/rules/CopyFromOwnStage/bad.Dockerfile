FROM node:22 AS foo
# expect: CopyFromOwnStage:13 "COPY --from=foo names stage "foo", the stage this instruction is in"
COPY --from=foo bar .
# expect: CopyFromOwnStage:13 "COPY --from=FOO names stage "foo""
COPY --from=FOO bar .
# by index: stage 0 is this stage
# expect: CopyFromOwnStage:13 "COPY --from=0 names stage "foo", the stage this instruction is in"
COPY --from=0 bar .
# expect: CopyFromOwnStage "RUN --mount from=foo names stage "foo""
RUN --mount=from=foo,target=/mnt ls /mnt
# a stage built FROM this one
# expect: CopyFromOwnStage:13 "COPY --from=child names stage "child", which is built FROM this stage"
COPY --from=child /x /x

FROM foo AS child
RUN touch /x
