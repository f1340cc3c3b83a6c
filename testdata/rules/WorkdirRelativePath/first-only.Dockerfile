FROM alpine:3.20
# only the first WORKDIR of a stage chain is checked: fixing it fixes the ones after it
# expect: WorkdirRelativePath
WORKDIR build
WORKDIR src
FROM alpine:3.20 AS other
WORKDIR /abs
FROM alpine:3.20 AS unrelated
# expect: WorkdirRelativePath
WORKDIR rel
