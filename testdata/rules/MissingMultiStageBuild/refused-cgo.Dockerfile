# Without CGO_ENABLED=0 the binary may link the C library, so no static base can be chosen: no fix, and the
# message says why.
# expect: MissingMultiStageBuild "dlint fix cannot split it: the Go binary is not built with CGO_ENABLED=0"
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /out/app .
ENTRYPOINT ["/out/app"]
