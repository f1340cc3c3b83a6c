# expect: StageNameCasing:17 "Stage name 'BadStageName' should be lowercase: write 'badstagename'"
FROM scratch AS BadStageName
COPY --from=BadStageName / /copy

# expect: StageNameCasing:21 "Stage name 'Builder'"
FROM alpine:3.20 AS Builder
RUN --mount=type=bind,from=Builder,target=/b ls /b

FROM Builder AS tester
COPY --from=BUILDER /etc/alpine-release /release
