FROM alpine:3.20
# expect: CopyFromUnknownStage "names stage index 1, but the file has 1 stage (index 0)"
COPY --from=1 /a /a
