FROM golang:1.22 AS builder
RUN go build -o /out/app .

FROM alpine:3.20
# expect: CopyFromUnknownStage:13 "COPY --from=foo names no stage of this Dockerfile, so BuildKit pulls the image foo:latest"
COPY --from=foo bar .
# expect: CopyFromUnknownStage:13 "Did you mean the stage "builder"?"
COPY --from=buidler /out/app /usr/local/bin/
# expect: CopyFromUnknownStage "RUN --mount from=buidlr names no stage"
RUN --mount=type=bind,from=buidlr,source=/out,target=/mnt ls /mnt
# expect: CopyFromUnknownStage:13 "names stage index 5, but the file has 3 stages (0 to 2)"
COPY --from=5 /out/app /app
# expect: CopyFromUnknownStage:13 "names stage "later", which is defined later (line 16)"
COPY --from=later /x /x

FROM alpine:3.20 AS later
RUN touch /x
