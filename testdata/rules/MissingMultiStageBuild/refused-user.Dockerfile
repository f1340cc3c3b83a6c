# The stage creates and switches to a user the runtime base would not have: no fix.
# expect: MissingMultiStageBuild "dlint fix cannot split it: the stage sets a USER"
FROM golang:1.23
RUN useradd -u 10001 app
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
USER 10001
ENTRYPOINT ["/out/app"]
