# expect: MissingMultiStageBuild:6 "gcr.io/distroless/static-debian12:nonroot or scratch"
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app ./cmd/app
CMD ["app"]
