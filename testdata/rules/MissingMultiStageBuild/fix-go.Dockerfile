# A static Go binary (CGO_ENABLED=0, -o names it, the ENTRYPOINT runs it): split onto distroless/static.
# expect: MissingMultiStageBuild
FROM golang:1.23
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app
# the service
EXPOSE 8080
ENTRYPOINT ["/out/app"]
